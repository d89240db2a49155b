package io.deliveryhub.platform.security;

import static io.deliveryhub.platform.security.Roles.*;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who sees cost, margin and rates (docs/access.md, docs/money.md): DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN on
 * every project, a PROJECT_MANAGER on the projects that name them as project manager; anyone else has those fields
 * omitted, never zeroed.
 */
@ApplicationScoped
public class CostVisibility {

    private final Actor actor;

    public CostVisibility(Actor actor) {
        this.actor = actor;
    }

    /** Whether the caller sees cost and margin on every project. */
    public boolean ofAll() {
        return actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
    }

    /** Whether the caller sees cost and margin on this project (null: one not known, so only if they see all). */
    public boolean of(ProjectPeople project) {
        return ofAll() || project != null && actor.hasAnyRole(PROJECT_MANAGER)
                && actor.personId().filter(person -> person.equals(project.projectManagerId())).isPresent();
    }
}
