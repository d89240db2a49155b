package io.deliveryhub.metrics.dora;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A deployment as DORA needs it: where and when it finished, whether it succeeded, when its commits were made. */
public record DoraDeployment(String externalId, UUID projectId, String service, String environment,
        Instant finishedAt, boolean successful, List<Instant> commitTimes) {

    public DoraDeployment {
        commitTimes = commitTimes == null ? List.of() : List.copyOf(commitTimes);
    }
}
