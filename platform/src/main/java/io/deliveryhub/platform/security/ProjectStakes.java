package io.deliveryhub.platform.security;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Roles are not enough: who may change a project, and what hangs off it, also depends on whom the project names.
 * HEAD_OF_DELIVERY and ADMIN change any project, and so does an integration (no person behind it) within what its
 * role allows; every other caller only a project naming their {@code personId} as project manager, delivery
 * manager or delivery lead. The role each write needs is checked before, by {@code @RolesAllowed}.
 */
@ApplicationScoped
public class ProjectStakes {

    public static final String NOT_YOUR_PROJECT = "not-your-project";

    private final Actor actor;

    public ProjectStakes(Actor actor) {
        this.actor = actor;
    }

    /** Whether the caller may change this project and what hangs off it. */
    public boolean has(ProjectPeople project) {
        return actor.hasAnyRole(HEAD_OF_DELIVERY, ADMIN) || isIntegration()
                || actor.personId().filter(project::names).isPresent();
    }

    /** @param project the project's key (or id), for the message */
    public void require(ProjectPeople people, String project) {
        if (!has(people)) {
            throw new ProblemException(403, NOT_YOUR_PROJECT, "Forbidden", "Project " + project + " is not yours:"
                    + " only its project manager, delivery manager or delivery lead, the head of delivery or ADMIN"
                    + " may change it", Map.of());
        }
    }

    /** A person is held to their own projects whatever else their token says; only a caller without one is exempt. */
    private boolean isIntegration() {
        return actor.personId().isEmpty()
                && actor.hasAnyRole(INTEGRATION_CRM, INTEGRATION_TIMESHEETS, INTEGRATION_PIPELINES);
    }
}
