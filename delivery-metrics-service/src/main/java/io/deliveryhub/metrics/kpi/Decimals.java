package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The arithmetic of docs/kpis.md#rounding: formulas work on unrounded values (34 significant digits), results are
 * rounded half-even, money to 2 decimals and ratios to 3. A division by zero, or by or of an unknown value,
 * is unknown ({@code null}), never an error.
 */
public final class Decimals {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (dividend == null || divisor == null || divisor.signum() == 0) {
            return null;
        }
        return dividend.divide(divisor, PRECISION);
    }

    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.multiply(b, PRECISION);
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b, PRECISION);
    }

    public static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Money: 2 decimals, half-even. */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Ratios, fractions, means and hours: 3 decimals, half-even. */
    public static BigDecimal ratio(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(MILLIS_PER_HOUR, PRECISION);
    }

    /** The middle value; for an even count the mean of the two middle values; {@code null} for none. */
    public static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), PRECISION);
    }
}
