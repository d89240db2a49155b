package io.deliveryhub.projects.project;

import java.util.List;
import java.util.Locale;

/** Tags are compared as people type them in a filter box: trimmed, lower-case, each once. */
final class ProjectTags {

    private ProjectTags() {
    }

    static List<String> normalise(List<String> tags) {
        return tags == null ? List.of()
                : tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
