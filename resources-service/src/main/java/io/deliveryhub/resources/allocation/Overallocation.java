package io.deliveryhub.resources.allocation;

import io.deliveryhub.resources.availability.Availability;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.calendar.WeekCapacity;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/kpis.md: a person is over-allocated in an ISO week when the hours of their HARD allocations exceed that
 * week's capacity after time off. Weeks are whole (Monday to Sunday), whatever the booking's own dates.
 * Only weeks in which the booking being written books hours count against it: a week that was already
 * overbooked by other allocations is not this booking's doing.
 */
public final class Overallocation {

    private Overallocation() {
    }

    /**
     * Every ISO week of [monday, sunday] in which a person's HARD bookings exceed their capacity after time off, in
     * order: the fact resources-service publishes for a person, whatever booking caused it.
     *
     * @param calendar the person's working calendar, with time off covering the period
     */
    public static List<OverbookedWeek> weeksOf(WorkingCalendar calendar, List<BookedHours> hard, LocalDate monday,
            LocalDate sunday) {
        return weeksOf(calendar.weeks(monday, sunday), hard);
    }

    /**
     * The same over a person's weeks as laid out already.
     *
     * @param weeks whole ISO weeks (Monday to Sunday) of the person's calendar, as {@link WorkingCalendar#weeks} gives
     *        them
     */
    public static List<OverbookedWeek> weeksOf(List<WeekCapacity> weeks, List<BookedHours> hard) {
        List<OverbookedWeek> overbooked = new ArrayList<>();
        for (WeekCapacity week : weeks) {
            BigDecimal booked = BookedHours.sum(hard, week.from(), week.to());
            if (booked.compareTo(week.capacityHours()) > 0) {
                overbooked.add(new OverbookedWeek(week.week().toString(), Availability.hours(week.capacityHours()),
                        Availability.hours(booked)));
            }
        }
        return overbooked;
    }

    /**
     * @param calendar the person's working calendar, with time off covering the booking's weeks
     * @param otherHard the person's other active HARD allocations (not the one being written)
     * @param booking the HARD allocation being created or changed
     * @return the weeks it would overbook, in order; empty when it fits
     */
    public static List<OverbookedWeek> weeks(WorkingCalendar calendar, List<BookedHours> otherHard,
            BookedHours booking) {
        List<OverbookedWeek> overbooked = new ArrayList<>();
        for (IsoWeek week : IsoWeeks.between(booking.from(), booking.to())) {
            BigDecimal own = booking.in(week);
            if (own.signum() == 0) {
                continue;
            }
            BigDecimal capacity = calendar.capacity(week.monday(), week.sunday());
            BigDecimal booked = own.add(BookedHours.sum(otherHard, week.monday(), week.sunday()));
            if (booked.compareTo(capacity) > 0) {
                overbooked.add(new OverbookedWeek(week.toString(), Availability.hours(capacity),
                        Availability.hours(booked)));
            }
        }
        return overbooked;
    }
}
