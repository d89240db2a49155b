package io.deliveryhub.metrics.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Utilization of a group of people over [from, to], and how many of them are on the bench (hard-allocated below
 * the bench threshold). Ratios are null when their divisor is 0.
 */
public record WorkforceFigures(LocalDate from, LocalDate to, BigDecimal capacityHours, BigDecimal loggedHours,
        BigDecimal billableHours, BigDecimal utilization, BigDecimal billableUtilization, int people, int onBench,
        BigDecimal benchShare) {
}
