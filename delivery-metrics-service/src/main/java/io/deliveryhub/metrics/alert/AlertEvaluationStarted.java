package io.deliveryhub.metrics.alert;

import java.time.LocalDate;

/**
 * Fired (synchronously) as an evaluation of every rule begins, so that rules reading the same inputs can share one
 * read of them for the whole evaluation, and no longer.
 */
public record AlertEvaluationStarted(LocalDate day) {
}
