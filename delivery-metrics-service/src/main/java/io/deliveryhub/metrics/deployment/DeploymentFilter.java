package io.deliveryhub.metrics.deployment;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of the deployment list; {@code from}/{@code to} are days (UTC, inclusive) of finishedAt. */
public record DeploymentFilter(UUID projectId, String service, String environment, DeploymentStatus status,
        LocalDate from, LocalDate to) {
}
