package io.deliveryhub.resources.availability;

import io.deliveryhub.platform.workforce.WorkingTime;
import io.deliveryhub.resources.calendar.IsoWeek;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The hours an allocation books: {@code hoursPerWeek} over [from, to], prorated by working days ({@link WorkingTime}). */
public record BookedHours(LocalDate from, LocalDate to, BigDecimal hoursPerWeek) {

    /** Hours booked on the working days of [start, end] that the allocation covers. */
    public BigDecimal between(LocalDate start, LocalDate end) {
        return WorkingTime.allocationHours(hoursPerWeek, from, to, start, end);
    }

    public BigDecimal in(IsoWeek week) {
        return between(week.monday(), week.sunday());
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && !to.isBefore(start);
    }

    /** Total hours of several allocations on the working days of [start, end]. */
    public static BigDecimal sum(Iterable<BookedHours> bookings, LocalDate start, LocalDate end) {
        BigDecimal total = BigDecimal.ZERO;
        for (BookedHours booking : bookings) {
            total = total.add(booking.between(start, end));
        }
        return total;
    }
}
