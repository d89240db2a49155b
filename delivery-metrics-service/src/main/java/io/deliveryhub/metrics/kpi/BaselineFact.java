package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A baseline version of a project's plan: its planned dates and budget, in force from {@code effectiveOn} until the
 * next one.
 */
public record BaselineFact(LocalDate effectiveOn, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget) {

    ProjectPlan.Terms terms() {
        return new ProjectPlan.Terms(plannedStart, plannedEnd, budget);
    }
}
