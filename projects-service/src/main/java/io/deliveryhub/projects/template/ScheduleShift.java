package io.deliveryhub.projects.template;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How dates move when a project is started from a template or a clone: a template's milestones fall due
 * their offset after the planned start; a clone keeps its source's rhythm, every date moved by the
 * distance between the two starts (nothing moves when either start is unknown).
 */
public final class ScheduleShift {

    private final long days;

    private ScheduleShift(long days) {
        this.days = days;
    }

    public static ScheduleShift between(LocalDate sourceStart, LocalDate newStart) {
        return new ScheduleShift(sourceStart == null || newStart == null ? 0 : ChronoUnit.DAYS.between(sourceStart, newStart));
    }

    public static LocalDate due(LocalDate plannedStart, int offsetDays) {
        return plannedStart.plusDays(offsetDays);
    }

    public LocalDate apply(LocalDate date) {
        return date == null ? null : date.plusDays(days);
    }

    public long days() {
        return days;
    }
}
