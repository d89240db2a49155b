package io.deliveryhub.resources.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ISO week of a person's calendar, clipped to the period asked for ({@code from}..{@code to} may be
 * shorter than Monday..Sunday at the period's ends).
 *
 * @param workingDays Mon–Fri days of the clipped week
 * @param baseHours daily capacity × the working days on which the person is active
 * @param timeOffHours how much time off takes away from {@code baseHours} (never more than a day's capacity per day)
 * @param capacityHours {@code baseHours − timeOffHours}
 */
public record WeekCapacity(IsoWeek week, LocalDate from, LocalDate to, int workingDays, BigDecimal baseHours,
        BigDecimal timeOffHours, BigDecimal capacityHours) {
}
