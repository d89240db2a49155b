package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.kpi.Utilization;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the workforce figures need of one person over a period: capacity and active dates, time off per day, the
 * hours logged in the period (REJECTED left out) and their billable part, and the HARD allocations.
 *
 * @param activeFrom null when unknown (active since ever)
 * @param activeTo   null while still active
 */
public record PersonFacts(BigDecimal weeklyCapacity, LocalDate activeFrom, LocalDate activeTo,
        List<Utilization.TimeOff> timeOff, BigDecimal logged, BigDecimal billable,
        List<WeeklyAllocation.Allocation> hardAllocations) {
}
