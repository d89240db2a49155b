package io.deliveryhub.metrics.alert;

import java.util.UUID;

/**
 * Fired (in the transaction) by a change that alert rules look at, such as new telemetry; once it commits the
 * rules are evaluated without waiting for the schedule.
 *
 * @param projectId the one project whose facts changed, when that is all: then only the {@link ProjectAlertRule}s
 *        judge, and only that project; {@code null} for a change that may concern any subject of any rule
 */
public record AlertInputsChanged(UUID projectId) {

    /** A change that may concern any subject of any rule: every rule is evaluated in full. */
    public AlertInputsChanged() {
        this(null);
    }
}
