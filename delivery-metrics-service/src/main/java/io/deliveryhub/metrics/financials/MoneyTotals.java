package io.deliveryhub.metrics.financials;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.FinancialFigures;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Revenue, and for those who may see them cost, margin and margin %, of one span (actual, forecast, at completion)
 * in one currency. Cost-class fields are omitted, not zeroed, for the others; margin % is null when revenue is 0,
 * which is why it is an Optional: absent (omitted) and null mean different things.
 */
@Schema(name = "MoneyTotals", description = """
        Money as decimal strings with 2 decimals, margin % a number with 3, rounded half-even at the end. cost, \
        margin and marginPercent are present only for DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN and the project's \
        own project manager; marginPercent = margin / revenue is null when revenue is 0.""")
public record MoneyTotals(
        @Schema(example = "10000.00") String revenue,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "6480.00") String cost,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "3520.00") String margin,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = BigDecimal.class, example = "0.352",
                nullable = true) Optional<BigDecimal> marginPercent) {

    /** The totals in the currency {@code side} picks out of each pair (project's or base). */
    static MoneyTotals of(Pair revenue, Pair cost, Function<Pair, BigDecimal> side, boolean costVisible) {
        if (!costVisible) {
            return new MoneyTotals(money(side.apply(revenue)), null, null, null);
        }
        BigDecimal margin = side.apply(revenue).subtract(side.apply(cost));
        return new MoneyTotals(money(side.apply(revenue)), money(side.apply(cost)), money(margin),
                Optional.ofNullable(Decimals.ratio(Decimals.divide(margin, side.apply(revenue)))));
    }

    static MoneyTotals atCompletion(FinancialFigures figures, Function<Pair, BigDecimal> side, boolean costVisible) {
        return of(figures.revenueAtCompletion(), figures.costAtCompletion(), side, costVisible);
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : Decimals.money(amount).toPlainString();
    }
}
