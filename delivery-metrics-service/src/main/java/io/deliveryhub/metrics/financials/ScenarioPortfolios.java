package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.ProjectMoney;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes what a scenario changes of the portfolio: only the filtered projects it touches, each live and with the
 * scenario's allocations, so a scenario costs its own projects, not the portfolio's.
 */
@ApplicationScoped
class ScenarioPortfolios {

    private final KeptFinancials kept;
    private final FinancialFactsRepository facts;

    ScenarioPortfolios(KeptFinancials kept, FinancialFactsRepository facts) {
        this.kept = kept;
        this.facts = facts;
    }

    /** Call in a transaction, after the kept figures of the day and filter are refreshed. */
    ScenarioPortfolio of(LocalDate day, ProjectFilter filter, ScenarioPlan plan) {
        if (plan.isLive()) {
            return ScenarioPortfolio.NONE;
        }
        ScenarioPortfolio scenario = new ScenarioPortfolio(plan.id(), plan.name());
        Set<UUID> touched = plan.projects();
        Set<UUID> picked = kept.byProject(day, filter).stream().map(KeptFinancials.ProjectSums::projectId)
                .filter(touched::contains).collect(Collectors.toSet());
        if (picked.isEmpty()) {
            return scenario;
        }
        Portfolio portfolio = facts.projects(picked, day, facts.firm());
        for (ProjectMoney project : portfolio.projects()) {
            KeptFigures live = KeptFigures.of(project.id(), 0, ProjectFinancials.asOf(day, project.facts(),
                    project.rates(), portfolio.exchangeRates()));
            KeptFigures changed = KeptFigures.of(project.id(), 0, ScenarioMoney.figures(day, project,
                    portfolio.exchangeRates(), plan));
            scenario.add(project.id(), project.key(), project.name(), project.status(), project.probability(),
                    live, changed);
        }
        return scenario;
    }
}
