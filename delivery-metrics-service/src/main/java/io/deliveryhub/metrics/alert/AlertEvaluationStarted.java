package io.deliveryhub.metrics.alert;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Fired (synchronously) as an evaluation begins, so that rules reading the same inputs can share one read of them for
 * the whole evaluation, and no longer.
 *
 * @param projectIds the projects a project-scoped evaluation judges, or {@code null} when every rule judges everything
 */
public record AlertEvaluationStarted(LocalDate day, Set<UUID> projectIds) {
}
