package io.deliveryhub.metrics.kpi;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.LocalDate;
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
     * The hours HARD allocations book over [from, to]: hoursPerWeek × the allocation's working days in the period / 5,
     * which is the sum of its hours in each ISO week cut to the period.
     */
    public static BigDecimal hardHours(LocalDate from, LocalDate to, List<WeeklyAllocation.Allocation> allocations) {
        BigDecimal hours = BigDecimal.ZERO;
        for (WeeklyAllocation.Allocation allocation : allocations) {
            if (allocation.hard()) {
                hours = hours.add(WorkingTime.allocationHours(allocation.hoursPerWeek(), allocation.from(),
                        allocation.to(), from, to));
            }
        }
        return hours;
    }

    /** hardHours &lt; threshold × capacity; never with no capacity ({@link WorkingTime#onBench}). */
    public static boolean onBench(BigDecimal hardHours, BigDecimal capacity, BigDecimal threshold) {
        return WorkingTime.onBench(hardHours, capacity, threshold);
    }
}
