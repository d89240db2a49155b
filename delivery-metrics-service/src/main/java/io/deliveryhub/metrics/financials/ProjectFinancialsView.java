package io.deliveryhub.metrics.financials;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.Unconverted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's financials as of a day, in its currency and in the base currency. */
@Schema(name = "ProjectFinancials", description = """
        Revenue, cost and margin of a project as of asOf: actual (entries dated on or before asOf), forecast (from \
        the day after asOf to the planned end, from allocations) and at completion (actual + forecast), in the \
        project's currency and in the base currency. Amounts dated d convert at the exchange rate in force on d, the \
        forecast at the rate in force on asOf; an amount without a rate is listed in unconverted, never counted as 0.""")
public record ProjectFinancialsView(
        UUID projectId,
        @Schema(example = "ACME-PAY") String key,
        @Schema(example = "Acme payments platform") String name,
        @Schema(example = "2026-03-31") LocalDate asOf,
        @Schema(example = "ACTIVE") String status,
        @Schema(enumeration = { "FIXED_PRICE", "TIME_AND_MATERIALS", "RETAINER", "INTERNAL" }, nullable = true,
                example = "TIME_AND_MATERIALS") String deliveryModel,
        @Schema(description = "In the project's currency") Figures inProjectCurrency,
        @Schema(description = "In the installation's base currency") Figures inBaseCurrency,
        Hours hours,
        @Schema(description = "From the day after asOf; null when there is nothing to forecast (no planned end, or it"
                + " has passed)", nullable = true, example = "2026-04-01") LocalDate forecastFrom,
        @Schema(description = "The planned end", nullable = true, example = "2026-04-30") LocalDate forecastTo,
        @Schema(description = "The forecast per ISO week (weeks start on Monday), in the project's currency")
        List<PeriodView> forecastWeeks,
        @Schema(description = "The forecast per month, in the project's currency") List<PeriodView> forecastMonths,
        @Schema(description = "Amounts left out of the figures for want of an exchange rate on their date")
        List<UnconvertedView> unconverted,
        @Schema(description = "Only for scenario={id}: the figures above are the scenario's, and this is what it"
                + " changes against the live plan")
        @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioMoneyDelta scenario) {

    @Schema(name = "ProjectFinancialFigures")
    public record Figures(
            @Schema(example = "EUR") String currency,
            @Schema(description = """
                    BAC, the budget the cost is held to (as earned value and the FORECAST_COST_OVER_BUDGET alert \
                    take it): the budget of the baseline in force on asOf, else the project's own plan's on asOf; \
                    converted at asOf's rate; null without one or without a rate on asOf""", nullable = true,
                    example = "12000.00") String budget,
            @Schema(description = """
                    The contract value: the project's budget now, which a fixed-price project earns (a change \
                    request may have raised it since the baseline); null without one or without a rate on asOf""",
                    nullable = true, example = "12000.00") String contractValue,
            MoneyTotals actual,
            @Schema(description = "HARD and SOFT allocations alike") MoneyTotals forecast,
            @Schema(description = "The part of the forecast booked SOFT") MoneyTotals forecastSoft,
            MoneyTotals atCompletion,
            @Schema(description = "budget (BAC) − cost at completion; only for those who may see cost; null without"
                    + " a budget", nullable = true, example = "5520.00")
            @JsonInclude(JsonInclude.Include.NON_NULL) String budgetLeftAtCompletion) {

        static Figures of(FinancialFigures figures, Pair bac, String currency, Function<Pair, BigDecimal> side,
                boolean costVisible) {
            BigDecimal budget = bac == null ? null : side.apply(bac);
            BigDecimal contractValue = figures.contractValue() == null ? null : side.apply(figures.contractValue());
            String left = !costVisible || budget == null ? null
                    : MoneyTotals.money(budget.subtract(side.apply(figures.costAtCompletion())));
            return new Figures(currency, MoneyTotals.money(budget), MoneyTotals.money(contractValue),
                    MoneyTotals.of(figures.actual().revenue(), figures.actual().cost(), side, costVisible),
                    MoneyTotals.of(figures.forecast().revenue(), figures.forecast().cost(), side, costVisible),
                    MoneyTotals.of(figures.forecast().soft().revenue(), figures.forecast().soft().cost(), side,
                            costVisible),
                    MoneyTotals.atCompletion(figures, side, costVisible), left);
        }
    }

    @Schema(name = "ProjectFinancialHours", description = "Hours, 3 decimals")
    public record Hours(
            @Schema(example = "48.000") BigDecimal actual,
            @Schema(example = "40.000") BigDecimal actualBillable,
            @Schema(description = "Booked without a cost rate on their day: their cost is unknown, not 0",
                    example = "0.000") BigDecimal actualUncosted,
            @Schema(description = "Billable hours of a person without a bill rate on their day", example = "0.000")
            BigDecimal actualBillableWithoutRate,
            @Schema(example = "60.000") BigDecimal forecast,
            @Schema(example = "0.000") BigDecimal forecastSoft,
            @Schema(description = "Forecast hours without a rate they need (placeholders without rates, people"
                    + " without rates on asOf)", example = "0.000") BigDecimal unpriced) {
    }

    @Schema(name = "FinancialForecastPeriod", description = """
            One ISO week or month of the forecast: hours (SOFT and unpriced apart too), revenue and cost in the \
            project's currency; revenue is null on a fixed-price project (its remaining contract value is not \
            earned by the hour); cost is present only for those who may see it.""")
    public record PeriodView(
            @Schema(example = "2026-04-06") LocalDate start,
            @Schema(example = "20.000") BigDecimal hours,
            @Schema(example = "0.000") BigDecimal softHours,
            @Schema(example = "0.000") BigDecimal unpricedHours,
            @Schema(example = "2000.00", nullable = true) String revenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "1200.00") String cost) {

        static PeriodView of(FinancialFigures.Period period, boolean costVisible) {
            return new PeriodView(period.start(), Decimals.ratio(period.hours()), Decimals.ratio(period.softHours()),
                    Decimals.ratio(period.unpricedHours()),
                    period.revenue() == null ? null : MoneyTotals.money(period.revenue().project()),
                    costVisible ? MoneyTotals.money(period.cost().project()) : null);
        }
    }

    @Schema(name = "UnconvertedAmount")
    public record UnconvertedView(
            @Schema(enumeration = { "actualRevenue", "actualCost", "forecastRevenue", "forecastCost" })
            String figure,
            @Schema(example = "GBP") String currency,
            @Schema(description = "The day whose exchange rate is missing", example = "2026-03-02") LocalDate date,
            @Schema(description = "In its own currency", example = "720.00") String amount) {

        static UnconvertedView of(Unconverted unconverted) {
            return new UnconvertedView(unconverted.figure(), unconverted.currency(), unconverted.date(),
                    MoneyTotals.money(unconverted.amount()));
        }
    }

    /** Cost-class amounts that are not to be seen are left out, revenue-class ones stay. */
    /** @param bac the budget the cost is held to, in both currencies; null without one */
    static ProjectFinancialsView of(UUID id, String key, String name, String status, FinancialFigures figures,
            Pair bac, boolean costVisible, ScenarioMoneyDelta scenario) {
        FinancialFigures.Actual actual = figures.actual();
        FinancialFigures.Forecast forecast = figures.forecast();
        return new ProjectFinancialsView(id, key, name, figures.asOf(), status, figures.deliveryModel(),
                Figures.of(figures, bac, figures.currency(), Pair::project, costVisible),
                Figures.of(figures, bac, figures.baseCurrency(), Pair::base, costVisible),
                new Hours(Decimals.ratio(actual.hours()), Decimals.ratio(actual.billableHours()),
                        Decimals.ratio(actual.uncostedHours()), Decimals.ratio(actual.billableHoursWithoutRate()),
                        Decimals.ratio(forecast.hours()), Decimals.ratio(forecast.soft().hours()),
                        Decimals.ratio(forecast.unpricedHours())),
                forecast.from(), forecast.to(),
                forecast.weeks().stream().map(week -> PeriodView.of(week, costVisible)).toList(),
                forecast.months().stream().map(month -> PeriodView.of(month, costVisible)).toList(),
                figures.unconverted().stream()
                        .filter(unconverted -> costVisible || unconverted.figure().endsWith("Revenue"))
                        .map(UnconvertedView::of).toList(),
                scenario);
    }
}
