package io.deliveryhub.resources.calendar;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's working time (docs/kpis.md#utilization): their days counted with {@link WorkingTime} (the one formula delivery-metrics' utilization uses too),
 * their time off (holidays included) and their active dates; capacity over a period is the sum over its days.
 */
public final class WorkingCalendar {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final BigDecimal dailyCapacity;
    private final List<Absence> absences;
    private final LocalDate activeFrom;
    private final LocalDate activeTo;

    private WorkingCalendar(BigDecimal weeklyCapacity, List<Absence> absences, LocalDate activeFrom, LocalDate activeTo) {
        Objects.requireNonNull(weeklyCapacity, "weeklyCapacity");
        if (weeklyCapacity.signum() < 0) {
            throw new IllegalArgumentException("weekly capacity cannot be negative: " + weeklyCapacity);
        }
        this.dailyCapacity = WorkingTime.dailyCapacity(weeklyCapacity);
        this.absences = List.copyOf(absences);
        this.activeFrom = activeFrom;
        this.activeTo = activeTo;
    }

    /** A person always active, with these hours per week and this time off. */
    public static WorkingCalendar of(BigDecimal weeklyCapacity, List<Absence> absences) {
        return new WorkingCalendar(weeklyCapacity, absences, null, null);
    }

    /** The same calendar for a person who works here only from {@code from} to {@code to} (null: open). */
    public WorkingCalendar activeBetween(LocalDate from, LocalDate to) {
        return new WorkingCalendar(dailyCapacity.multiply(FIVE), absences, from, to);
    }

    public static boolean isWorkingDay(LocalDate day) {
        return WorkingTime.isWorkingDay(day);
    }

    /** Mon–Fri days in [from, to], both inclusive; 0 when {@code to} is before {@code from}. */
    public static int workingDays(LocalDate from, LocalDate to) {
        return WorkingTime.workingDays(from, to);
    }

    public BigDecimal dailyCapacity() {
        return dailyCapacity;
    }

    /** Time off booked on a working day (overlapping periods add up); weekends have none to take. */
    public BigDecimal timeOffHours(LocalDate day) {
        BigDecimal hours = BigDecimal.ZERO;
        if (!isWorkingDay(day)) {
            return hours;
        }
        for (Absence absence : absences) {
            if (absence.covers(day)) {
                hours = hours.add(absence.hoursPerDay());
            }
        }
        return hours;
    }

    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }

    public BigDecimal capacityOn(LocalDate day) {
        return activeOn(day) ? WorkingTime.capacityOn(day, dailyCapacity, timeOffHours(day)) : BigDecimal.ZERO;
    }

    /** Capacity over [from, to], both inclusive. */
    public BigDecimal capacity(LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            total = total.add(capacityOn(day));
        }
        return total;
    }

    /** One entry per ISO week touching [from, to], in order, each clipped to the period. */
    public List<WeekCapacity> weeks(LocalDate from, LocalDate to) {
        List<WeekCapacity> weeks = new ArrayList<>();
        for (IsoWeek week : IsoWeeks.between(from, to)) {
            LocalDate start = max(week.monday(), from);
            LocalDate end = min(week.sunday(), to);
            BigDecimal base = BigDecimal.ZERO;
            BigDecimal capacity = BigDecimal.ZERO;
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                if (isWorkingDay(day) && activeOn(day)) {
                    base = base.add(dailyCapacity);
                    capacity = capacity.add(capacityOn(day));
                }
            }
            weeks.add(new WeekCapacity(week, start, end, workingDays(start, end), base, base.subtract(capacity), capacity));
        }
        return weeks;
    }

    /**
     * An allocation's hours in one ISO week (docs/kpis.md#allocations): {@code hoursPerWeek × its working days in that
     * week / 5}. An allocation of 40 h/week from a Wednesday gives 24 h in that first week.
     */
    public static BigDecimal allocationHours(BigDecimal hoursPerWeek, LocalDate allocationFrom, LocalDate allocationTo,
            IsoWeek week) {
        return WorkingTime.allocationHours(hoursPerWeek, allocationFrom, allocationTo, week.monday(), week.sunday());
    }

    /** An allocation's hours per ISO week, for every week of [from, to] (weeks it does not touch give 0). */
    public static Map<IsoWeek, BigDecimal> allocationHoursByWeek(BigDecimal hoursPerWeek, LocalDate allocationFrom,
            LocalDate allocationTo, LocalDate from, LocalDate to) {
        Map<IsoWeek, BigDecimal> hours = new LinkedHashMap<>();
        for (IsoWeek week : IsoWeeks.between(from, to)) {
            hours.put(week, WorkingTime.allocationHours(hoursPerWeek, allocationFrom, allocationTo,
                    max(week.monday(), from), min(week.sunday(), to)));
        }
        return hours;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
