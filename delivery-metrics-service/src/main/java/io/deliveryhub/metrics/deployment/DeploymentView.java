package io.deliveryhub.metrics.deployment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deployment as the API and the {@code deliveryhub.deployment.*} events show it. */
@Schema(name = "Deployment", example = """
        {"id":"5b7e2c1a-9d3f-4e8b-a6c2-1f0e9d8c7b6a","externalId":"gha-run-48213",
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","service":"payments-api","environment":"production",
         "startedAt":"2026-03-03T09:50:00Z","finishedAt":"2026-03-03T10:00:00Z","status":"SUCCESS",
         "commits":[{"sha":"9f2c1e7","committedAt":"2026-03-03T08:15:00Z"}],"version":1,
         "createdAt":"2026-03-03T10:00:05Z","updatedAt":"2026-03-03T10:00:05Z"}""")
public record DeploymentView(UUID id, String externalId, UUID projectId, String service, String environment,
        Instant startedAt, Instant finishedAt, DeploymentStatus status, List<Commit> commits, long version,
        Instant createdAt, Instant updatedAt) {

    public static DeploymentView of(Deployment deployment) {
        return new DeploymentView(deployment.id, deployment.externalId, deployment.projectId, deployment.service,
                deployment.environment, deployment.startedAt, deployment.finishedAt, deployment.status,
                List.copyOf(deployment.commits), deployment.version, deployment.createdAt, deployment.updatedAt);
    }
}
