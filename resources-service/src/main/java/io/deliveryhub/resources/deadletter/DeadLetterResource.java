package io.deliveryhub.resources.deadletter;

import io.deliveryhub.platform.deadletter.DeadLetterEndpoints;
import io.deliveryhub.platform.deadletter.DeadLetters;
import jakarta.ws.rs.Path;

/** The dead letters of the topics this service consumes (project events), listed and replayed by ADMIN. */
@Path("/api/v1/admin/resources/dead-letters")
public class DeadLetterResource extends DeadLetterEndpoints {

    public DeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
