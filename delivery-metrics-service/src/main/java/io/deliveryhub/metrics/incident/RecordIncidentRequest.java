package io.deliveryhub.metrics.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordIncident", description = "An incident as the pipeline or monitoring reports it; posting the same "
        + "externalId again replaces it (post it with resolvedAt to resolve it)", example = """
        {"externalId":"pd-Q1W2E3","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","service":"payments-api",
         "openedAt":"2026-03-03T11:00:00Z","resolvedAt":"2026-03-03T12:30:00Z","deploymentExternalId":"gha-run-48213",
         "severity":"SEV2"}""")
public record RecordIncidentRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The reporting system's own id of this incident") String externalId,
        @NotNull UUID projectId,
        @NotBlank @Size(max = 100) String service,
        @NotNull Instant openedAt,
        @Schema(description = "Not before openedAt; absent while the incident is open") Instant resolvedAt,
        @Size(max = 200) @Schema(description = "The externalId of the deployment that caused it, when known; "
                + "otherwise DORA links it to the latest successful production deployment of the same project and "
                + "service before it opened") String deploymentExternalId,
        @NotBlank @Size(max = 50) @Schema(description = "As the reporting system grades it (e.g. SEV1, critical)",
                example = "SEV2") String severity) {
}
