package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;

/**
 * Earned value as of a day, rounded for display (money 2 decimals, ratios 3); {@code null} where a figure
 * would divide by zero or depends on one that is unknown.
 *
 * @param percentComplete a fraction 0–1
 */
public record EarnedValueFigures(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal cv,
        BigDecimal sv, BigDecimal eac, BigDecimal etc, BigDecimal vac, BigDecimal cpi, BigDecimal spi,
        BigDecimal tcpi, BigDecimal percentComplete) {
}
