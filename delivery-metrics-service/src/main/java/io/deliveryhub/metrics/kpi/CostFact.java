package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Time booked on a project on one day, without REJECTED entries: the hours and their cost at the cost rates
 * in force on that day. Several facts for one day add up.
 */
public record CostFact(LocalDate date, BigDecimal hours, BigDecimal cost) {
}
