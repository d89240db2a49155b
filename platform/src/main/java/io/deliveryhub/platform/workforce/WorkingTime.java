package io.deliveryhub.platform.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The workforce calendar both resources-service and delivery-metrics count with, so utilization, bench and an
 * allocation's weekly hours have one formula (the utilization definitions in docs/):
 * <ul>
 * <li>working days are Monday to Friday; a working day gives {@code max(0, weekly capacity / 5 − time off that
 * day)}, nothing outside the person's active dates;</li>
 * <li>an allocation books {@code hoursPerWeek × its working days / 5} in any span, so in an ISO week
 * {@code hoursPerWeek × its working days in that week / 5};</li>
 * <li>a person is on the bench when their HARD hours fall below the threshold × their capacity, never without
 * capacity.</li>
 * </ul>
 * A person's logged hours always count, whether or not they were active when they logged them: the work was done.
 * Only capacity depends on their active dates.
 */
public final class WorkingTime {

    /** The bench threshold unless configured otherwise: below half of their capacity HARD-booked. */
    public static final String DEFAULT_BENCH_THRESHOLD = "0.5";
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private WorkingTime() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }

    /** Mon–Fri days in [from, to], both inclusive; 0 when {@code to} is before {@code from}. */
    public static int workingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long count = (days / 7) * 5;
        for (LocalDate day = from.plusDays((days / 7) * 7); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return (int) count;
    }

    /** weekly capacity / 5, exact: a weekly figure with two decimals divided by 5 always terminates. */
    public static BigDecimal dailyCapacity(BigDecimal weeklyCapacity) {
        return weeklyCapacity == null ? BigDecimal.ZERO : weeklyCapacity.divide(FIVE);
    }

    /** What one day gives: nothing on a weekend, else the daily capacity less that day's time off, never below 0. */
    public static BigDecimal capacityOn(LocalDate day, BigDecimal dailyCapacity, BigDecimal timeOffHours) {
        if (!isWorkingDay(day)) {
            return BigDecimal.ZERO;
        }
        return dailyCapacity.subtract(timeOffHours == null ? BigDecimal.ZERO : timeOffHours).max(BigDecimal.ZERO);
    }

    /**
     * The hours an allocation of {@code hoursPerWeek} over [allocationFrom, allocationTo] books inside [from, to]:
     * hoursPerWeek × the working days both spans share / 5. Over an ISO week that is its hours in the week; 40 h/week
     * from a Wednesday gives 24 h in that first week.
     */
    public static BigDecimal allocationHours(BigDecimal hoursPerWeek, LocalDate allocationFrom, LocalDate allocationTo,
            LocalDate from, LocalDate to) {
        if (hoursPerWeek == null || allocationFrom == null || allocationTo == null) {
            return BigDecimal.ZERO;
        }
        LocalDate first = allocationFrom.isAfter(from) ? allocationFrom : from;
        LocalDate last = allocationTo.isBefore(to) ? allocationTo : to;
        return hoursPerWeek.multiply(BigDecimal.valueOf(workingDays(first, last))).divide(FIVE);
    }

    /** HARD hours below threshold × capacity; someone without capacity (away, not yet joined) is not on the bench. */
    public static boolean onBench(BigDecimal hardHours, BigDecimal capacity, BigDecimal threshold) {
        return capacity.signum() > 0 && hardHours.compareTo(capacity.multiply(threshold)) < 0;
    }
}
