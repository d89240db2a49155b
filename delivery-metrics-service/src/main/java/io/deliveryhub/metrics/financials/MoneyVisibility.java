package io.deliveryhub.metrics.financials;

import io.deliveryhub.platform.security.CostVisibility;
import io.deliveryhub.platform.security.ProjectPeople;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see cost, margin and rates, as platform's {@link CostVisibility} rules for every service: DELIVERY_MANAGER,
 * HEAD_OF_DELIVERY and ADMIN on every project, a project manager on the projects they manage; revenue any person role.
 */
@RequestScoped
public class MoneyVisibility {

    private final CostVisibility cost;

    public MoneyVisibility(CostVisibility cost) {
        this.cost = cost;
    }

    /** Whether the caller sees cost and margin across the portfolio. */
    public boolean costOfAll() {
        return cost.ofAll();
    }

    /** Whether the caller sees the cost and margin of this project. */
    public boolean costOf(ProjectPeople project) {
        return cost.of(project);
    }
}
