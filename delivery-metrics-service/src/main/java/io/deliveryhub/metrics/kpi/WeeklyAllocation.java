package io.deliveryhub.metrics.kpi;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An allocation's hours in one ISO week: hoursPerWeek × (its working days in that week) / 5. This is the entry
 * point for allocation hours per ISO week in this service (bench, forecasts); the formula itself is
 * {@link WorkingTime#allocationHours}, the one resources-service books with. Whether a person is over-allocated is
 * resources-service's judgement, published as deliveryhub.person.overallocation-changed.v1.
 */
public final class WeeklyAllocation {

    private WeeklyAllocation() {
    }

    /** @param hard a HARD booking (else SOFT); {@code to} inclusive */
    public record Allocation(LocalDate from, LocalDate to, BigDecimal hoursPerWeek, boolean hard) {
    }

    /** The allocation's hours in the ISO week starting on {@code monday}; 0 when it books none of its days. */
    public static BigDecimal hoursInWeek(Allocation allocation, LocalDate monday) {
        return WorkingTime.allocationHours(allocation.hoursPerWeek(), allocation.from(), allocation.to(), monday,
                monday.plusDays(6));
    }
}
