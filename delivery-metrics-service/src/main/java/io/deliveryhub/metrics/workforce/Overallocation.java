package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ISO weeks, from the week of a day through the next {@code weeksAhead}, in which a person's HARD allocations
 * book more than a share (e.g. 1.10) of that week's capacity after time off.
 */
public record Overallocation(BigDecimal threshold, List<WeeklyAllocation> weeks) {

    public static Overallocation of(LocalDate day, int weeksAhead, BigDecimal threshold, BigDecimal weeklyCapacity,
            List<Utilization.TimeOff> timeOff, List<WeeklyAllocation.Allocation> hardAllocations) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeeklyAllocation> exceeded = new ArrayList<>();
        for (int week = 0; week <= weeksAhead; week++) {
            WeeklyAllocation load = WeeklyAllocation.of(monday.plusWeeks(week), weeklyCapacity, timeOff,
                    hardAllocations);
            if (load.hardLoadAbove(threshold)) {
                exceeded.add(load);
            }
        }
        return new Overallocation(threshold, exceeded);
    }

    public boolean any() {
        return !weeks.isEmpty();
    }

    /** The highest HARD hours / capacity of the weeks (3 decimals); null when only weeks without capacity exceed. */
    public BigDecimal worstRatio() {
        return weeks.stream().map(WeeklyAllocation::hardLoad).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** E.g. "Jane Doe is hard-allocated above 1.10 × capacity in 2026-W12 (44.00 h of 40.00 h)". */
    public String describe(String person) {
        return person + " is hard-allocated above " + threshold.toPlainString() + " × capacity in "
                + weeks.stream().map(week -> isoWeek(week.monday()) + " (" + hours(week.hardHours()) + " h of "
                        + hours(week.capacity()) + " h)").collect(Collectors.joining(", "));
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String hours(BigDecimal hours) {
        return hours.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
