package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A milestone as the KPIs need it. The status is kept as projects-service names it (PLANNED, IN_PROGRESS,
 * DONE, WAIVED, ...), so a status added later counts as "not done" instead of breaking the figures. A past day
 * judges the milestone as it stood then: not yet there before it was added, not yet waived before it was.
 *
 * @param weight its share of the project's earned value; {@code null} counts as 0
 * @param completedOn the day it was done; a DONE milestone without one cannot be placed in time and is not
 *        counted as done on any date
 * @param addedOn the day (UTC) it was added; {@code null} when not known, as if it had always been there
 * @param waivedOn the day (UTC) it was waived; {@code null} for a WAIVED milestone when not known, as if it had
 *        always been waived
 */
public record MilestoneFact(LocalDate dueOn, BigDecimal weight, String status, LocalDate completedOn,
        LocalDate addedOn, LocalDate waivedOn) {

    public static final String DONE = "DONE";
    public static final String WAIVED = "WAIVED";

    /** A milestone as it stands now, for questions about today (when it was added or waived makes no difference). */
    public MilestoneFact(LocalDate dueOn, BigDecimal weight, String status, LocalDate completedOn) {
        this(dueOn, weight, status, completedOn, null, null);
    }

    /** Counted on the day: added by then and not WAIVED by then. */
    public boolean countsOn(LocalDate day) {
        boolean added = addedOn == null || !addedOn.isAfter(day);
        boolean waived = WAIVED.equals(status) && (waivedOn == null || !waivedOn.isAfter(day));
        return added && !waived;
    }

    /** Done on or before the day, as the facts known now say. */
    public boolean doneBy(LocalDate day) {
        return DONE.equals(status) && completedOn != null && !completedOn.isAfter(day);
    }

    /** Overdue on the day (docs/kpis.md#on-time-rate): counted then, not done by the day, and due before it. */
    public boolean overdueOn(LocalDate day) {
        return countsOn(day) && dueOn != null && !doneBy(day) && dueOn.isBefore(day);
    }

    BigDecimal weightOrZero() {
        return weight == null ? BigDecimal.ZERO : weight;
    }
}
