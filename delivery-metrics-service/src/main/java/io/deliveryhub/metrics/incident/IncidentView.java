package io.deliveryhub.metrics.incident;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident as the API and the {@code deliveryhub.incident.*} events show it. */
@Schema(name = "Incident", example = """
        {"id":"8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","externalId":"pd-Q1W2E3",
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","service":"payments-api",
         "openedAt":"2026-03-03T11:00:00Z","resolvedAt":"2026-03-03T12:30:00Z","status":"RESOLVED",
         "deploymentExternalId":"gha-run-48213","severity":"SEV2","version":2,
         "createdAt":"2026-03-03T11:00:04Z","updatedAt":"2026-03-03T12:30:03Z"}""")
public record IncidentView(UUID id, String externalId, UUID projectId, String service, Instant openedAt,
        Instant resolvedAt, IncidentStatus status, String deploymentExternalId, String severity, long version,
        Instant createdAt, Instant updatedAt) {

    public static IncidentView of(Incident incident) {
        return new IncidentView(incident.id, incident.externalId, incident.projectId, incident.service,
                incident.openedAt, incident.resolvedAt,
                incident.resolvedAt == null ? IncidentStatus.OPEN : IncidentStatus.RESOLVED,
                incident.deploymentExternalId, incident.severity, incident.version, incident.createdAt,
                incident.updatedAt);
    }
}
