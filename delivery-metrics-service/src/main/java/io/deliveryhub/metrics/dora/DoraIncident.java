package io.deliveryhub.metrics.dora;

import java.time.Instant;
import java.util.UUID;

/** An incident as DORA needs it; {@code resolvedAt} and {@code deploymentExternalId} may be absent. */
public record DoraIncident(UUID projectId, String service, Instant openedAt, Instant resolvedAt,
        String deploymentExternalId) {
}
