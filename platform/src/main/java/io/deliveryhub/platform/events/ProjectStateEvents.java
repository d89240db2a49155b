package io.deliveryhub.platform.events;

import java.util.Set;

/**
 * The {@code deliveryhub.project.*} events whose state is the project itself; the others name a project but carry
 * something else (a baseline change carries the baseline, a closure review the review).
 */
public final class ProjectStateEvents {

    private static final Set<String> TYPES = Set.of("deliveryhub.project.created.v1", "deliveryhub.project.updated.v1",
            "deliveryhub.project.status-changed.v1");

    private ProjectStateEvents() {
    }

    public static boolean carriesTheProject(String type) {
        return TYPES.contains(type);
    }
}
