package io.deliveryhub.metrics.deployment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordDeployment", description = "A deployment as the pipeline reports it; posting the same externalId "
        + "again replaces what was recorded (an identical replay changes nothing)", example = """
        {"externalId":"gha-run-48213","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","service":"payments-api",
         "environment":"production","startedAt":"2026-03-03T09:50:00Z","finishedAt":"2026-03-03T10:00:00Z",
         "status":"SUCCESS","commits":[{"sha":"9f2c1e7","committedAt":"2026-03-03T08:15:00Z"}]}""")
public record RecordDeploymentRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The pipeline's own id of this deployment") String externalId,
        @NotNull UUID projectId,
        @NotBlank @Size(max = 100) String service,
        @NotBlank @Size(max = 50) @Schema(description = "DORA counts the production environments only "
                + "(configurable names, compared case-insensitively)") String environment,
        @NotNull Instant startedAt,
        @NotNull @Schema(description = "Not before startedAt") Instant finishedAt,
        @NotNull DeploymentStatus status,
        @Size(max = 1000) @Schema(description = "The commits shipped, each committed no later than finishedAt; "
                + "absent means none") List<@Valid @NotNull Commit> commits) {
}
