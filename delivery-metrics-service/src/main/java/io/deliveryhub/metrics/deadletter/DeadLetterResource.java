package io.deliveryhub.metrics.deadletter;

import io.deliveryhub.platform.deadletter.DeadLetterEndpoints;
import io.deliveryhub.platform.deadletter.DeadLetters;
import jakarta.ws.rs.Path;

/** The dead letters of the topics this service consumes (project and resource events), listed and replayed by ADMIN. */
@Path("/api/v1/admin/metrics/dead-letters")
public class DeadLetterResource extends DeadLetterEndpoints {

    public DeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
