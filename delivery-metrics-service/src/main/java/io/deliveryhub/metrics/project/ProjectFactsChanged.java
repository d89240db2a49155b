package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.events.IncomingEvent;
import java.util.Optional;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) after a consumer applied an event about a project, so that what is
 * derived from the project's facts is known to be out of date from the same commit on (the project KPI snapshots
 * count its facts version up). Any consumer of facts about a project (time entries) fires it as well; an id that
 * names no known project changes nothing.
 */
public record ProjectFactsChanged(UUID projectId) {

    /** Everything about a project is keyed by the project's id (docs/architecture.md); other keys name no project. */
    public static Optional<ProjectFactsChanged> about(IncomingEvent event) {
        try {
            return Optional.ofNullable(event.key()).map(UUID::fromString).map(ProjectFactsChanged::new);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
