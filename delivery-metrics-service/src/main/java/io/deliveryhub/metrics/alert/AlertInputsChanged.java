package io.deliveryhub.metrics.alert;

/**
 * Fired (in the transaction) by a change that alert rules look at, such as new telemetry; once it commits the
 * rules are evaluated without waiting for the schedule.
 */
public record AlertInputsChanged() {
}
