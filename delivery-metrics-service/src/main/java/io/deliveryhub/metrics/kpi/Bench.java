package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Whether a person is on the bench over a period: their HARD allocations book fewer hours than the bench threshold
 * (e.g. 0.5) times their capacity over that period. A person without capacity in the period (away all of it) is
 * not on the bench: there is nothing of them to staff.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * The hours HARD allocations book over [from, to]: per ISO week, hoursPerWeek × the allocation's working days in
     * the week that lie in the period / 5 (docs/kpis.md#allocations, cut to the period).
     */
    public static BigDecimal hardHours(LocalDate from, LocalDate to, List<WeeklyAllocation.Allocation> allocations) {
        BigDecimal hours = BigDecimal.ZERO;
        for (WeeklyAllocation.Allocation allocation : allocations) {
            if (!allocation.hard() || allocation.from() == null || allocation.to() == null) {
                continue;
            }
            LocalDate first = allocation.from().isAfter(from) ? allocation.from() : from;
            LocalDate last = allocation.to().isBefore(to) ? allocation.to() : to;
            if (first.isAfter(last)) {
                continue;
            }
            WeeklyAllocation.Allocation inPeriod = new WeeklyAllocation.Allocation(first, last,
                    allocation.hoursPerWeek(), true);
            for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                hours = hours.add(WeeklyAllocation.hoursInWeek(inPeriod, monday));
            }
        }
        return hours;
    }

    /** hardHours &lt; threshold × capacity; never with no capacity. */
    public static boolean onBench(BigDecimal hardHours, BigDecimal capacity, BigDecimal threshold) {
        return capacity.signum() > 0 && hardHours.compareTo(capacity.multiply(threshold)) < 0;
    }
}
