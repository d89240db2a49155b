package io.deliveryhub.metrics.kpi;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A person's booked load in one ISO week (DESIGN.md §8): an allocation's hours in the week = hoursPerWeek × (its
 * working days in that week) / 5; the person is over-allocated when their HARD allocations exceed the week's
 * capacity (the working days' weekly capacity / 5 less time off, as for utilization).
 */
public record WeeklyAllocation(LocalDate monday, BigDecimal hardHours, BigDecimal softHours, BigDecimal capacity) {

    /** @param hard a HARD booking (else SOFT); {@code to} inclusive */
    public record Allocation(LocalDate from, LocalDate to, BigDecimal hoursPerWeek, boolean hard) {
    }

    /** The load of the ISO week holding {@code day}. */
    public static WeeklyAllocation of(LocalDate day, BigDecimal weeklyCapacity, List<Utilization.TimeOff> timeOff,
            List<Allocation> allocations) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate friday = monday.plusDays(4);
        BigDecimal hard = BigDecimal.ZERO;
        BigDecimal soft = BigDecimal.ZERO;
        for (Allocation allocation : allocations) {
            BigDecimal hours = hoursInWeek(allocation, monday);
            if (allocation.hard()) {
                hard = hard.add(hours);
            } else {
                soft = soft.add(hours);
            }
        }
        BigDecimal capacity = Utilization.of(monday, friday, weeklyCapacity, timeOff, List.of()).capacity();
        return new WeeklyAllocation(monday, hard, soft, capacity);
    }

    /**
     * hoursPerWeek × the allocation's working days in the ISO week starting on {@code monday} / 5: the entry point
     * for an allocation's hours per ISO week in this service (forecasts included); the formula is
     * {@link WorkingTime#allocationHours}, shared with resources-service.
     */
    public static BigDecimal hoursInWeek(Allocation allocation, LocalDate monday) {
        return WorkingTime.allocationHours(allocation.hoursPerWeek(), allocation.from(), allocation.to(), monday,
                monday.plusDays(6));
    }

    /** HARD hours / capacity, 3 decimals; {@code null} without capacity. */
    public BigDecimal hardLoad() {
        return Decimals.ratio(Decimals.divide(hardHours, capacity));
    }

    /** Whether HARD bookings exceed the week's capacity. */
    public boolean overAllocated() {
        return hardHours.compareTo(capacity) > 0;
    }

    /**
     * Whether HARD bookings exceed the given share of capacity (the alert rule's 1.10); a week without capacity
     * is exceeded by any HARD booking.
     */
    public boolean hardLoadAbove(BigDecimal share) {
        return hardHours.compareTo(capacity.multiply(share)) > 0;
    }
}
