package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.ProjectMoney;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The portfolio's financials: each project's computed as for the project, added up in the base currency. */
@ApplicationScoped
public class PortfolioFinancialsService {

    static final String PROPOSED = "PROPOSED";
    static final int LOWEST_MARGINS_LISTED = 10;

    private final FinancialFactsRepository facts;
    private final MoneyVisibility visibility;

    public PortfolioFinancialsService(FinancialFactsRepository facts, MoneyVisibility visibility) {
        this.facts = facts;
        this.visibility = visibility;
    }

    @Transactional
    public PortfolioFinancialsView asOf(LocalDate day, ProjectFilter filter) {
        Portfolio portfolio = facts.projects(filter, day);
        boolean costVisible = visibility.costOfAll();
        Totals delivery = new Totals();
        Totals pipeline = new Totals();
        long pipelineProjects = 0;
        long withoutProbability = 0;
        long unconverted = 0;
        Map<YearMonth, Totals> months = new TreeMap<>();
        List<Ranked> ranked = new ArrayList<>();
        for (ProjectMoney project : portfolio.projects()) {
            FinancialFigures figures = ProjectFinancials.asOf(day, project.facts(), project.rates(),
                    portfolio.exchangeRates());
            unconverted += figures.unconverted().size();
            if (PROPOSED.equals(project.status())) {
                pipelineProjects++;
                if (project.probability() == null) {
                    withoutProbability++;
                } else {
                    pipeline.addWeighted(figures, project.probability());
                }
                continue;
            }
            delivery.add(figures);
            addMonths(months, figures);
            BigDecimal marginPercent = FinancialFigures.marginPercent(baseOnly(figures.revenueAtCompletion()),
                    baseOnly(figures.costAtCompletion()));
            if (marginPercent != null) {
                ranked.add(new Ranked(project, figures, marginPercent));
            }
        }
        List<PortfolioFinancialsView.LowMargin> lowest = !costVisible ? null : ranked.stream()
                .sorted(Comparator.comparing(Ranked::marginPercent).thenComparing(low -> low.project().key()))
                .limit(LOWEST_MARGINS_LISTED)
                .map(low -> new PortfolioFinancialsView.LowMargin(low.project().id(), low.project().key(),
                        low.project().name(), low.project().status(),
                        MoneyTotals.atCompletion(low.figures(), Pair::base, true)))
                .toList();
        return new PortfolioFinancialsView(day,
                new PortfolioFinancialsView.Filters(filter.deliveryManagerId(), filter.clientId(), filter.practice()),
                portfolio.exchangeRates().baseCurrency(), portfolio.projects().size() - pipelineProjects,
                totals(delivery.actualRevenue, delivery.actualCost, costVisible),
                totals(delivery.forecastRevenue, delivery.forecastCost, costVisible),
                totals(delivery.actualRevenue.add(delivery.forecastRevenue),
                        delivery.actualCost.add(delivery.forecastCost), costVisible),
                months.entrySet().stream().map(month -> month.getValue().month(month.getKey(), costVisible)).toList(),
                new PortfolioFinancialsView.Pipeline(pipelineProjects, withoutProbability,
                        totals(pipeline.actualRevenue.add(pipeline.forecastRevenue),
                                pipeline.actualCost.add(pipeline.forecastCost), costVisible)),
                lowest, unconverted);
    }

    private record Ranked(ProjectMoney project, FinancialFigures figures, BigDecimal marginPercent) {
    }

    /** Sums in the base currency, unrounded: of the portfolio, of its pipeline, or of one month. */
    private static final class Totals {
        BigDecimal actualRevenue = BigDecimal.ZERO;
        BigDecimal actualCost = BigDecimal.ZERO;
        BigDecimal forecastRevenue = BigDecimal.ZERO;
        BigDecimal forecastCost = BigDecimal.ZERO;

        void add(FinancialFigures figures) {
            actualRevenue = actualRevenue.add(figures.actual().revenue().base());
            actualCost = actualCost.add(figures.actual().cost().base());
            forecastRevenue = forecastRevenue.add(figures.forecast().revenue().base());
            forecastCost = forecastCost.add(figures.forecast().cost().base());
        }

        void addWeighted(FinancialFigures figures, BigDecimal probability) {
            actualRevenue = actualRevenue.add(figures.actual().revenue().base().multiply(probability));
            actualCost = actualCost.add(figures.actual().cost().base().multiply(probability));
            forecastRevenue = forecastRevenue.add(figures.forecast().revenue().base().multiply(probability));
            forecastCost = forecastCost.add(figures.forecast().cost().base().multiply(probability));
        }

        PortfolioFinancialsView.Month month(YearMonth month, boolean costVisible) {
            return new PortfolioFinancialsView.Month(month.toString(), MoneyTotals.money(actualRevenue),
                    costVisible ? MoneyTotals.money(actualCost) : null, MoneyTotals.money(forecastRevenue),
                    costVisible ? MoneyTotals.money(forecastCost) : null);
        }
    }

    private static void addMonths(Map<YearMonth, Totals> months, FinancialFigures figures) {
        figures.actual().baseRevenueByMonth().forEach((month, amount) -> {
            Totals sums = months.computeIfAbsent(month, ignored -> new Totals());
            sums.actualRevenue = sums.actualRevenue.add(amount);
        });
        figures.actual().baseCostByMonth().forEach((month, amount) -> {
            Totals sums = months.computeIfAbsent(month, ignored -> new Totals());
            sums.actualCost = sums.actualCost.add(amount);
        });
        figures.forecast().baseRevenueByMonth().forEach((month, amount) -> {
            Totals sums = months.computeIfAbsent(month, ignored -> new Totals());
            sums.forecastRevenue = sums.forecastRevenue.add(amount);
        });
        figures.forecast().baseCostByMonth().forEach((month, amount) -> {
            Totals sums = months.computeIfAbsent(month, ignored -> new Totals());
            sums.forecastCost = sums.forecastCost.add(amount);
        });
    }

    private static Pair baseOnly(Pair pair) {
        return new Pair(pair.base(), pair.base());
    }

    private static MoneyTotals totals(BigDecimal revenue, BigDecimal cost, boolean costVisible) {
        return MoneyTotals.of(new Pair(revenue, revenue), new Pair(cost, cost), Pair::project, costVisible);
    }
}
