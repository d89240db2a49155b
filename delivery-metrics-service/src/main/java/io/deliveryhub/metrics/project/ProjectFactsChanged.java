package io.deliveryhub.metrics.project;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) after a consumer applied an event about a project, so that what is
 * derived from the project's facts is brought up to date in the same commit. Any consumer of facts about a project
 * (time entries, allocations) fires it as well; an id that names no known project is ignored.
 */
public record ProjectFactsChanged(UUID projectId) {
}
