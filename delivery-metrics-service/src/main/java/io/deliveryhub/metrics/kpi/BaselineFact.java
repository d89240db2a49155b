package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A baseline version of a project's budget: in force from {@code effectiveOn} until the next one. */
public record BaselineFact(LocalDate effectiveOn, BigDecimal budget) {
}
