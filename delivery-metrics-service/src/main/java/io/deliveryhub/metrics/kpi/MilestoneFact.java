package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A milestone as the KPIs need it. The status is kept as projects-service names it (PLANNED, IN_PROGRESS,
 * DONE, WAIVED, ...), so a status added later counts as "not done" instead of breaking the figures.
 *
 * @param weight its share of the project's earned value; {@code null} counts as 0
 * @param completedOn the day it was done; a DONE milestone without one cannot be placed in time and is not
 *        counted as done on any date
 */
public record MilestoneFact(LocalDate dueOn, BigDecimal weight, String status, LocalDate completedOn) {

    public static final String DONE = "DONE";
    public static final String WAIVED = "WAIVED";

    public boolean waived() {
        return WAIVED.equals(status);
    }

    /** Done on or before the day, as the facts known now say. */
    public boolean doneBy(LocalDate day) {
        return DONE.equals(status) && completedOn != null && !completedOn.isAfter(day);
    }

    /** Overdue on the day (docs/kpis.md#on-time-rate): not WAIVED, not done by the day, and due before it. */
    public boolean overdueOn(LocalDate day) {
        return !waived() && dueOn != null && !doneBy(day) && dueOn.isBefore(day);
    }

    BigDecimal weightOrZero() {
        return weight == null ? BigDecimal.ZERO : weight;
    }
}
