package io.deliveryhub.metrics.dora;

import io.deliveryhub.metrics.deployment.Commit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A deployment as DORA needs it: where and when it finished, whether it succeeded, which commits it shipped. */
public record DoraDeployment(String externalId, UUID projectId, String service, String environment,
        Instant finishedAt, boolean successful, List<Commit> commits) {

    public DoraDeployment {
        commits = commits == null ? List.of() : List.copyOf(commits);
    }
}
