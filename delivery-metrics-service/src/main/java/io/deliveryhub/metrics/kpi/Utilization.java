package io.deliveryhub.metrics.kpi;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's (or, added up, a group's) utilization over a period [from, to] (docs/kpis.md#utilization), counted with {@link WorkingTime} as
 * resources-service counts it: capacity = Σ over working days (Mon–Fri) of max(0, weekly capacity / 5 − time-off
 * hours that day), holidays being time off; logged = hours of entries in the period that are not REJECTED, weekends
 * included; billable = their billable part. Hours are kept unrounded so that sums over people stay exact.
 */
public record Utilization(BigDecimal capacity, BigDecimal logged, BigDecimal billable) {

    public static final Utilization NONE = new Utilization(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Hours off on one day, whatever the kind (leave, sickness, HOLIDAY); several on one day add up. */
    public record TimeOff(LocalDate date, BigDecimal hours) {
    }

    /** @param status the entry's approval status; REJECTED entries are not counted */
    public record TimeEntry(LocalDate date, BigDecimal hours, boolean billable, String status) {
    }

    public static Utilization of(LocalDate from, LocalDate to, BigDecimal weeklyCapacity, List<TimeOff> timeOff,
            List<TimeEntry> entries) {
        BigDecimal daily = WorkingTime.dailyCapacity(weeklyCapacity);
        Map<LocalDate, BigDecimal> offByDay = timeOff.stream()
                .filter(off -> off.date() != null && off.hours() != null)
                .collect(Collectors.toMap(TimeOff::date, TimeOff::hours, BigDecimal::add));
        BigDecimal capacity = BigDecimal.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            capacity = capacity.add(WorkingTime.capacityOn(day, daily, offByDay.get(day)));
        }
        List<TimeEntry> counted = entries.stream()
                .filter(entry -> entry.date() != null && !entry.date().isBefore(from) && !entry.date().isAfter(to))
                .filter(entry -> !"REJECTED".equals(entry.status()) && entry.hours() != null)
                .toList();
        BigDecimal logged = Decimals.sum(counted.stream().map(TimeEntry::hours).toList());
        BigDecimal billable = Decimals.sum(counted.stream().filter(TimeEntry::billable).map(TimeEntry::hours).toList());
        return new Utilization(capacity, logged, billable);
    }

    public Utilization plus(Utilization other) {
        return new Utilization(capacity.add(other.capacity), logged.add(other.logged), billable.add(other.billable));
    }

    /** logged / capacity, 3 decimals; {@code null} when there is no capacity. */
    public BigDecimal utilization() {
        return Decimals.ratio(Decimals.divide(logged, capacity));
    }

    /** billable / capacity, 3 decimals; {@code null} when there is no capacity. */
    public BigDecimal billableUtilization() {
        return Decimals.ratio(Decimals.divide(billable, capacity));
    }
}
