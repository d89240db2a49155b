package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.util.Map;

/** Optimistic concurrency over HTTP: {@code ETag: "<version>"} out, {@code If-Match} in. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses a change made without If-Match (428) or against a version that is no longer current (412). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you are changing", Map.of());
        }
        String expected = "\"" + currentVersion + "\"";
        boolean matches = ifMatch.trim().equals("*")
                || java.util.Arrays.stream(ifMatch.split(",")).map(String::trim)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "The resource has changed: it is at version " + currentVersion + "; fetch it again and retry",
                    Map.of("currentVersion", currentVersion));
        }
    }
}
