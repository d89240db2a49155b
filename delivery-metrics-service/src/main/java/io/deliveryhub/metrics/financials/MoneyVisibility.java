package io.deliveryhub.metrics.financials;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectPeople;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see cost, margin and rates: DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN on every project, a project
 * manager on the projects they manage; revenue any person role.
 */
@RequestScoped
public class MoneyVisibility {

    private final Actor actor;

    public MoneyVisibility(Actor actor) {
        this.actor = actor;
    }

    /** Whether the caller sees cost and margin across the portfolio. */
    public boolean costOfAll() {
        return actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
    }

    /** Whether the caller sees the cost and margin of this project. */
    public boolean costOf(ProjectPeople project) {
        return costOfAll() || actor.hasAnyRole(PROJECT_MANAGER)
                && actor.personId().filter(person -> person.equals(project.projectManagerId())).isPresent();
    }
}
