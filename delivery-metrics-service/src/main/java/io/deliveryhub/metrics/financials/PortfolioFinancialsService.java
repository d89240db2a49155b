package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.platform.money.BaseCurrency;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio's financials: each project's computed as for the project and kept (see {@link KeptFinancials}), added
 * up in the base currency by the database (and kept while nothing moves, see {@link PortfolioTotals}).
 */
@ApplicationScoped
public class PortfolioFinancialsService {

    static final int LOWEST_MARGINS_LISTED = 10;

    private final KeptFinancials kept;
    private final PortfolioTotals portfolioTotals;
    private final MoneyVisibility visibility;
    private final BaseCurrency baseCurrency;
    private final ScenarioPortfolios scenarios;

    public PortfolioFinancialsService(KeptFinancials kept, PortfolioTotals portfolioTotals,
            MoneyVisibility visibility, BaseCurrency baseCurrency, ScenarioPortfolios scenarios) {
        this.scenarios = scenarios;
        this.kept = kept;
        this.portfolioTotals = portfolioTotals;
        this.visibility = visibility;
        this.baseCurrency = baseCurrency;
    }

    /** @param plan the live plan, or a scenario's: its changes are added to the kept live figures */
    public PortfolioFinancialsView asOf(LocalDate day, ProjectFilter filter, ScenarioPlan plan) {
        boolean costVisible = visibility.costOfAll();
        RunningTotals portfolio = portfolioTotals.of(day, filter, costVisible);
        return QuarkusTransaction.joiningExisting().call(() -> {
            ScenarioPortfolio scenario = scenarios.of(day, filter, plan);
            KeptFinancials.Sums sums = scenario.applyTo(portfolio.sums());
            List<PortfolioFinancialsView.LowMargin> lowest = !costVisible ? null
                    : portfolio.lowestMargins().stream()
                            .map(low -> new PortfolioFinancialsView.LowMargin(low.projectId(), low.key(), low.name(),
                                    low.status(), totals(low.revenue(), low.cost(), true)))
                            .toList();
            return new PortfolioFinancialsView(day,
                    new PortfolioFinancialsView.Filters(filter.deliveryManagerId(), filter.clientId(),
                            filter.practice()),
                    baseCurrency.code(), sums.projects(),
                    totals(sums.actualRevenue(), sums.actualCost(), costVisible),
                    totals(sums.forecastRevenue(), sums.forecastCost(), costVisible),
                    totals(sums.actualRevenue().add(sums.forecastRevenue()),
                            sums.actualCost().add(sums.forecastCost()), costVisible),
                    scenario.applyTo(portfolio.months()).stream().map(month -> month(month, costVisible)).toList(),
                    new PortfolioFinancialsView.Pipeline(sums.pipelineProjects(), sums.withoutProbability(),
                            totals(sums.pipelineRevenue(), sums.pipelineCost(), costVisible)),
                    lowest, sums.unconverted(), scenario.view(baseCurrency.code(), costVisible));
        });
    }

    /**
     * The delivery projects' revenue and margin, actual and at completion (the portfolio document's): a read of the
     * kept figures, once the stale ones are computed again.
     */
    public PortfolioMargins margins(LocalDate day, ProjectFilter filter) {
        KeptFinancials.Sums sums = portfolioTotals.of(day, filter, false).sums();
        boolean costVisible = visibility.costOfAll();
        return new PortfolioMargins(baseCurrency.code(), sums.projects(),
                totals(sums.actualRevenue(), sums.actualCost(), costVisible),
                totals(sums.actualRevenue().add(sums.forecastRevenue()), sums.actualCost().add(sums.forecastCost()),
                        costVisible));
    }

    /**
     * Each filtered project's revenue and margin in the base currency, by project id; cost and margin only where the
     * caller may see the project's.
     */
    public Map<UUID, PortfolioMargins> marginsByProject(LocalDate day, ProjectFilter filter) {
        kept.refresh(day, filter);
        Map<UUID, PortfolioMargins> margins = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> kept.byProject(day, filter).forEach(project -> {
            boolean costVisible = visibility.costOf(project.people());
            margins.put(project.projectId(), new PortfolioMargins(baseCurrency.code(), 1,
                    totals(project.actualRevenue(), project.actualCost(), costVisible),
                    totals(project.actualRevenue().add(project.forecastRevenue()),
                            project.actualCost().add(project.forecastCost()), costVisible)));
        }));
        return margins;
    }

    /**
     * Computes and keeps every project's figures of the day that are missing or stale: what the day keeper does ahead
     * of the readers.
     *
     * @return whether any were
     */
    public boolean keep(LocalDate day) {
        return kept.refresh(day, ProjectFilter.ALL);
    }

    private static PortfolioFinancialsView.Month month(KeptFinancials.MonthSums month, boolean costVisible) {
        KeptFigures.Month amounts = month.amounts();
        return new PortfolioFinancialsView.Month(month.month().toString(), MoneyTotals.money(amounts.actualRevenue()),
                costVisible ? MoneyTotals.money(amounts.actualCost()) : null,
                MoneyTotals.money(amounts.forecastRevenue()),
                costVisible ? MoneyTotals.money(amounts.forecastCost()) : null);
    }

    private static MoneyTotals totals(BigDecimal revenue, BigDecimal cost, boolean costVisible) {
        return MoneyTotals.of(new Pair(revenue, revenue), new Pair(cost, cost), Pair::project, costVisible);
    }
}
