package io.deliveryhub.metrics.alert;

/**
 * Fired (synchronously) as an evaluation that fired {@link AlertEvaluationStarted} ends, failed or not: what its rules
 * shared is of no use to a later one, and at thousands of projects it is megabytes worth letting go.
 */
public record AlertEvaluationEnded() {
}
