package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a scenario changes of the portfolio's financials, in the base currency and unrounded: the forecast of the
 * delivery projects it touches (so their figures at completion and per month), and the pipeline's weighted figures
 * for the PROPOSED ones. The portfolio's kept sums stay the live plan's; these deltas are added to them when read.
 */
final class ScenarioPortfolio {

    static final ScenarioPortfolio NONE = new ScenarioPortfolio(null, null);

    private final UUID scenarioId;
    private final String name;
    private BigDecimal forecastRevenue = BigDecimal.ZERO;
    private BigDecimal forecastCost = BigDecimal.ZERO;
    private BigDecimal pipelineRevenue = BigDecimal.ZERO;
    private BigDecimal pipelineCost = BigDecimal.ZERO;
    private final Map<YearMonth, KeptFigures.Month> months = new TreeMap<>();
    private final List<ProjectDelta> projects = new ArrayList<>();

    ScenarioPortfolio(UUID scenarioId, String name) {
        this.scenarioId = scenarioId;
        this.name = name;
    }

    @Schema(name = "PortfolioScenarioDeltas", description = """
            What the scenario changes against the live plan, in the base currency: the forecast of the delivery \
            projects it touches (the same at completion), the pipeline's weighted figures for the PROPOSED ones, \
            and per project (the lowest margins stay the live plan's).""")
    record View(UUID scenarioId, String name, ScenarioMoneyDelta.Delta forecast,
            ScenarioMoneyDelta.Delta pipelineWeighted, List<ProjectView> projects) {
    }

    @Schema(name = "PortfolioScenarioProjectDelta")
    record ProjectView(UUID projectId, @Schema(example = "ACME-PAY") String key, String name,
            @Schema(example = "ACTIVE") String status, ScenarioMoneyDelta.Delta forecast) {
    }

    private record ProjectDelta(UUID projectId, String key, String name, String status, BigDecimal revenue,
            BigDecimal cost) {
    }

    /**
     * A project's change: scenario − live figures as the portfolio keeps them; a PROPOSED project's counts in the
     * pipeline, weighted by its probability (not at all without one).
     */
    void add(UUID projectId, String key, String projectName, String status, BigDecimal probability,
            KeptFigures live, KeptFigures scenario) {
        BigDecimal revenue = scenario.forecastRevenue().subtract(live.forecastRevenue());
        BigDecimal cost = scenario.forecastCost().subtract(live.forecastCost());
        projects.add(new ProjectDelta(projectId, key, projectName, status, revenue, cost));
        if ("PROPOSED".equals(status)) {
            if (probability != null) {
                pipelineRevenue = pipelineRevenue.add(revenue.multiply(probability));
                pipelineCost = pipelineCost.add(cost.multiply(probability));
            }
            return;
        }
        forecastRevenue = forecastRevenue.add(revenue);
        forecastCost = forecastCost.add(cost);
        BigDecimal zero = BigDecimal.ZERO;
        scenario.months().forEach((month, amounts) -> months.merge(month,
                new KeptFigures.Month(zero, zero, amounts.forecastRevenue(), amounts.forecastCost()),
                KeptFigures.Month::plus));
        live.months().forEach((month, amounts) -> months.merge(month,
                new KeptFigures.Month(zero, zero, amounts.forecastRevenue().negate(), amounts.forecastCost().negate()),
                KeptFigures.Month::plus));
    }

    KeptFinancials.Sums applyTo(KeptFinancials.Sums live) {
        return new KeptFinancials.Sums(live.projects(), live.actualRevenue(), live.actualCost(),
                live.forecastRevenue().add(forecastRevenue), live.forecastCost().add(forecastCost),
                live.pipelineProjects(), live.withoutProbability(), live.pipelineRevenue().add(pipelineRevenue),
                live.pipelineCost().add(pipelineCost), live.unconverted());
    }

    /** The live months with the scenario's forecast changes; a month it adds comes in its place. */
    List<KeptFinancials.MonthSums> applyTo(List<KeptFinancials.MonthSums> live) {
        if (months.isEmpty()) {
            return live;
        }
        Map<YearMonth, KeptFigures.Month> merged = new TreeMap<>(months);
        live.forEach(month -> merged.merge(month.month(), month.amounts(), KeptFigures.Month::plus));
        return merged.entrySet().stream().map(entry -> new KeptFinancials.MonthSums(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Null for the live plan, so that its answer has no scenario block. */
    View view(String currency, boolean costVisible) {
        if (scenarioId == null) {
            return null;
        }
        return new View(scenarioId, name, delta(currency, forecastRevenue, forecastCost, costVisible),
                delta(currency, pipelineRevenue, pipelineCost, costVisible),
                projects.stream().sorted(Comparator.comparing(ProjectDelta::key, Comparator.nullsLast(
                        Comparator.naturalOrder())))
                        .map(project -> new ProjectView(project.projectId(), project.key(), project.name(),
                                project.status(), delta(currency, project.revenue(), project.cost(), costVisible)))
                        .toList());
    }

    private static ScenarioMoneyDelta.Delta delta(String currency, BigDecimal revenue, BigDecimal cost,
            boolean costVisible) {
        return ScenarioMoneyDelta.Delta.of(currency, new Pair(revenue, revenue), new Pair(cost, cost), Pair::base,
                costVisible);
    }
}
