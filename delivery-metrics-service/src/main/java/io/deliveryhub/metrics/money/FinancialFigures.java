package io.deliveryhub.metrics.money;

import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A project's revenue and cost as of a day, actual and forecast, in its currency and in the base currency, all
 * unrounded: whoever shows them rounds once at the end.
 *
 * @param contractValue the budget in both currencies (converted at the as-of day's rate); null when it has none,
 *        or when its currency has no rate that day
 */
public record FinancialFigures(LocalDate asOf, String currency, String baseCurrency, String deliveryModel,
        Pair contractValue, Actual actual, Forecast forecast, List<Unconverted> unconverted) {

    /**
     * Up to and including the as-of day.
     *
     * @param uncostedHours hours booked without a cost rate on their day (their cost is unknown, not 0)
     * @param billableHoursWithoutRate billable hours of a person with no bill rate on their day
     */
    public record Actual(Pair revenue, Pair cost, BigDecimal hours, BigDecimal billableHours,
            BigDecimal uncostedHours, BigDecimal billableHoursWithoutRate, Map<YearMonth, BigDecimal> baseRevenueByMonth,
            Map<YearMonth, BigDecimal> baseCostByMonth) {
    }

    /**
     * From the day after the as-of day to the planned end; from and to are null when there is nothing to forecast
     * (no planned end, or it has passed).
     *
     * @param unpricedHours hours of allocations without a rate they need (cost, or bill when billed by the hour)
     * @param soft the part of the figures booked SOFT, already included in the rest
     */
    public record Forecast(LocalDate from, LocalDate to, BigDecimal hours, BigDecimal unpricedHours, Pair revenue,
            Pair cost, Soft soft, List<Period> weeks, List<Period> months, Map<YearMonth, BigDecimal> baseRevenueByMonth,
            Map<YearMonth, BigDecimal> baseCostByMonth) {
    }

    public record Soft(BigDecimal hours, Pair revenue, Pair cost) {
    }

    /**
     * One ISO week (starting Monday) or one month of the forecast.
     *
     * @param revenue null for a fixed-price project, whose remaining revenue is not earned by the hour
     */
    public record Period(LocalDate start, BigDecimal hours, BigDecimal softHours, BigDecimal unpricedHours,
            Pair revenue, Pair cost) {
    }

    public Pair revenueAtCompletion() {
        return actual.revenue().plus(forecast.revenue());
    }

    public Pair costAtCompletion() {
        return actual.cost().plus(forecast.cost());
    }

    /** margin / revenue at completion in the project's currency; null when that revenue is 0. */
    public BigDecimal marginPercentAtCompletion() {
        return marginPercent(revenueAtCompletion(), costAtCompletion());
    }

    /** margin / revenue, unrounded; null when revenue is 0. */
    public static BigDecimal marginPercent(Pair revenue, Pair cost) {
        return Decimals.divide(revenue.project().subtract(cost.project()), revenue.project());
    }
}
