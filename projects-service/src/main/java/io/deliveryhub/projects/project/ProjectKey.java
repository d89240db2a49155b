package io.deliveryhub.projects.project;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A project is addressed by its UUID or its key (docs/api.md#ids-and-keys); this tells which one a path segment is. */
public final class ProjectKey {

    public static final String PATTERN = "^[A-Z][A-Z0-9-]{1,31}$";
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private ProjectKey() {
    }

    public static Optional<UUID> asId(String idOrKey) {
        return UUID_SHAPE.matcher(idOrKey).matches() ? Optional.of(UUID.fromString(idOrKey)) : Optional.empty();
    }
}
