package io.deliveryhub.resources.person;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * docs/access.md beyond what {@code @RolesAllowed} can say: people may change their own skills, time off and
 * time entries; DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN anyone's. They alone see people's cost rates.
 */
@ApplicationScoped
public class PersonAccess {

    private final Actor actor;

    public PersonAccess(Actor actor) {
        this.actor = actor;
    }

    public boolean managesPeople() {
        return actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
    }

    /**
     * A person's cost rates are for the people who set them (docs/access.md); the costs on a project's allocations and
     * time entries are also for its project manager ({@code ProjectCostVisibility}).
     */
    public boolean seesCosts() {
        return managesPeople();
    }

    /**
     * Why someone is away (SICK, PARENTAL, ...) and the note about it are the person's own business and their
     * managers'; everyone else sees only that they are away.
     */
    public boolean seesTimeOffDetailsOf(UUID personId) {
        return managesPeople() || actor.personId().filter(personId::equals).isPresent();
    }

    public void requireSelfOrManager(UUID personId, String what) {
        if (managesPeople() || actor.personId().filter(personId::equals).isPresent()) {
            return;
        }
        throw new ProblemException(403, "forbidden", "Forbidden", "You may change only your own " + what
                + "; DELIVERY_MANAGER, HEAD_OF_DELIVERY or ADMIN may change anyone's", Map.of());
    }
}
