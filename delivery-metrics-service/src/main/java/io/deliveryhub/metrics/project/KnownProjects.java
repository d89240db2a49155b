package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.problem.Unprocessable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Whether a project id that a request names is one projects-service has announced to us. */
@ApplicationScoped
public class KnownProjects {

    /** @throws Unprocessable (422) when the project has not reached the read model */
    public void require(UUID projectId) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            throw new Unprocessable("unknown-project", "projectId " + projectId
                    + " is not a project known to delivery metrics (projects-service has not announced it)");
        }
    }
}
