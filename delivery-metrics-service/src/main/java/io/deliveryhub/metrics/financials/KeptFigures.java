package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.FinancialFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the portfolio adds up of one project's figures, in the base currency and unrounded, as kept in
 * project_financials: the actual and forecast totals, the margin % at completion it is ranked by, how many amounts
 * were left unconverted, and the amounts per month.
 */
record KeptFigures(UUID projectId, long factsVersion, BigDecimal actualRevenue, BigDecimal actualCost,
        BigDecimal forecastRevenue, BigDecimal forecastCost, BigDecimal marginPercent, int unconverted,
        Map<YearMonth, Month> months) {

    /** One month's amounts; a month present in any of the four has zeros in the others. */
    record Month(BigDecimal actualRevenue, BigDecimal actualCost, BigDecimal forecastRevenue,
            BigDecimal forecastCost) {

        Month plus(Month other) {
            return new Month(actualRevenue.add(other.actualRevenue), actualCost.add(other.actualCost),
                    forecastRevenue.add(other.forecastRevenue), forecastCost.add(other.forecastCost));
        }
    }

    static KeptFigures of(UUID projectId, long factsVersion, FinancialFigures figures) {
        BigDecimal zero = BigDecimal.ZERO;
        Map<YearMonth, Month> months = new TreeMap<>();
        add(months, figures.actual().baseRevenueByMonth(), amount -> new Month(amount, zero, zero, zero));
        add(months, figures.actual().baseCostByMonth(), amount -> new Month(zero, amount, zero, zero));
        add(months, figures.forecast().baseRevenueByMonth(), amount -> new Month(zero, zero, amount, zero));
        add(months, figures.forecast().baseCostByMonth(), amount -> new Month(zero, zero, zero, amount));
        // ranked in the base currency, the one the portfolio is in
        BigDecimal marginPercent = FinancialFigures.marginPercent(baseOnly(figures.revenueAtCompletion()),
                baseOnly(figures.costAtCompletion()));
        return new KeptFigures(projectId, factsVersion, figures.actual().revenue().base(),
                figures.actual().cost().base(), figures.forecast().revenue().base(),
                figures.forecast().cost().base(), marginPercent, figures.unconverted().size(), months);
    }

    private static void add(Map<YearMonth, Month> months, Map<YearMonth, BigDecimal> amounts,
            Function<BigDecimal, Month> month) {
        amounts.forEach((key, amount) -> months.merge(key, month.apply(amount), Month::plus));
    }

    private static Pair baseOnly(Pair pair) {
        return new Pair(pair.base(), pair.base());
    }
}
