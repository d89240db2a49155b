package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.kpi.Decimals;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A watched project's cost at completion (actual + forecast, in its currency) exceeds its budget: that of the
 * baseline in force on the day, else the project's own (docs/money.md#alerts).
 */
@Singleton
public class ForecastCostOverBudgetRule implements ProjectAlertRule {

    static final String NAME = "FORECAST_COST_OVER_BUDGET";

    private final WatchedFinancials financials;

    public ForecastCostOverBudgetRule(WatchedFinancials financials) {
        this.financials = financials;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return financials.breachesOn(day, null, ForecastCostOverBudgetRule::breach);
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return financials.breachesOn(day, projectIds, ForecastCostOverBudgetRule::breach);
    }

    /** Against the budget of the baseline in force on the day (else the project's own), as earned value's BAC. */
    static Optional<Breach> breach(WatchedFinancials.Watched project) {
        if (project.budget() == null) {
            return Optional.empty();
        }
        BigDecimal budget = Decimals.money(project.budget());
        BigDecimal cost = Decimals.money(project.figures().costAtCompletion().project());
        if (cost.compareTo(budget) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "Cost at completion "
                + cost.toPlainString() + " " + project.figures().currency() + " of " + project.key()
                + " exceeds its budget of " + budget.toPlainString(), cost, budget));
    }
}
