package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.csv.Csv;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.ProjectMoney;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.ExchangeRates;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.projectkpi.ProjectKpiService;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.platform.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One project's financials as of a day, computed from the read models by {@link ProjectFinancials}. */
@ApplicationScoped
public class ProjectFinancialsService {

    /** The forecast table's granularity. */
    public enum Period {
        WEEK, MONTH
    }

    private final FinancialFactsRepository facts;
    private final MoneyVisibility visibility;
    private final ProjectKpiService kpis;

    public ProjectFinancialsService(FinancialFactsRepository facts, MoneyVisibility visibility,
            ProjectKpiService kpis) {
        this.facts = facts;
        this.visibility = visibility;
        this.kpis = kpis;
    }

    /**
     * @param plan the live plan, or a scenario's: the figures are then the scenario's, with what it changes
     * @throws NotFound when no project with that id or key has reached the read model
     */
    @Transactional
    public ProjectFinancialsView asOf(String idOrKey, LocalDate day, ScenarioPlan plan) {
        Computed project = compute(idOrKey, day, plan);
        boolean costVisible = visibility.costOf(project.money().people());
        return ProjectFinancialsView.of(project.money().id(), project.money().key(), project.money().name(),
                project.money().status(), project.figures(), bac(project, day), costVisible,
                plan.isLive() ? null : ScenarioMoneyDelta.of(plan.id(), plan.name(), project.live(),
                        project.figures(), costVisible));
    }

    /**
     * The budget the cost at completion is held to, as FORECAST_COST_OVER_BUDGET holds it: earned value's BAC (the
     * baseline's in force on the day, else the project's own plan's), in both currencies at the day's rate; null
     * without one or without a rate.
     */
    private Pair bac(Computed project, LocalDate day) {
        ProjectKpis.EarnedValue earned = kpis.asOf(project.money().id().toString(), day).earnedValue();
        if (earned.bac() == null) {
            return null;
        }
        BigDecimal bac = new BigDecimal(earned.bac());
        String currency = earned.currency() != null ? earned.currency() : project.figures().currency();
        ExchangeRates rates = project.exchangeRates();
        Optional<BigDecimal> inProjectCurrency = rates.convert(bac, currency, project.figures().currency(), day);
        Optional<BigDecimal> inBaseCurrency = rates.convert(bac, currency, rates.baseCurrency(), day);
        return inProjectCurrency.isPresent() && inBaseCurrency.isPresent()
                ? new Pair(inProjectCurrency.get(), inBaseCurrency.get()) : null;
    }

    /** The forecast per ISO week or per month, in the project's currency, as CSV. */
    @Transactional
    public String forecastCsv(String idOrKey, LocalDate day, Period period, ScenarioPlan plan) {
        Computed project = compute(idOrKey, day, plan);
        boolean costVisible = visibility.costOf(project.money().people());
        List<String> header = new ArrayList<>(List.of(period == Period.WEEK ? "weekStart" : "month", "hours",
                "softHours", "unpricedHours", "currency", "revenue"));
        if (costVisible) {
            header.add("cost");
        }
        List<FinancialFigures.Period> periods = period == Period.WEEK ? project.figures().forecast().weeks()
                : project.figures().forecast().months();
        return Csv.of(header, periods.stream().map(each -> ProjectFinancialsView.PeriodView.of(each, costVisible))
                .<List<?>> map(row -> {
                    List<Object> values = new ArrayList<>(Arrays.asList(period == Period.WEEK ? row.start()
                            : row.start().toString().substring(0, 7), row.hours(), row.softHours(),
                            row.unpricedHours(), project.figures().currency(), row.revenue()));
                    if (costVisible) {
                        values.add(row.cost());
                    }
                    return values;
                }).toList());
    }

    /** @param live the live plan's figures; the same as {@code figures} unless a scenario was asked for */
    private record Computed(ProjectMoney money, FinancialFigures figures, ExchangeRates exchangeRates,
            FinancialFigures live) {
    }

    private Computed compute(String idOrKey, LocalDate day, ScenarioPlan plan) {
        Portfolio portfolio = facts.project(find(idOrKey), day);
        ProjectMoney project = portfolio.projects().get(0);
        FinancialFigures live = ProjectFinancials.asOf(day, project.facts(), project.rates(),
                portfolio.exchangeRates());
        FinancialFigures figures = plan.isLive() ? live
                : ScenarioMoney.figures(day, project, portfolio.exchangeRates(), plan);
        return new Computed(project, figures, portfolio.exchangeRates(), live);
    }

    private static UUID find(String idOrKey) {
        UUID id = asUuid(idOrKey);
        Project project = id != null ? Project.findById(id) : Project.find("key", idOrKey).firstResult();
        if (project == null) {
            throw new NotFound("Project", idOrKey);
        }
        return project.id;
    }

    private static UUID asUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
