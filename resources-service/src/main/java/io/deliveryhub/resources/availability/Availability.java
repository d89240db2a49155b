package io.deliveryhub.resources.availability;

import io.deliveryhub.resources.calendar.WeekCapacity;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's availability per ISO week of [from, to] (weeks clipped to the period): capacity, what time off
 * takes from it, HARD and SOFT bookings, and what is free. Only HARD bookings consume capacity; SOFT ones
 * are shown so a planner sees tentative claims on the free hours.
 */
public final class Availability {

    private Availability() {
    }

    public static List<WeekAvailability> weeks(WorkingCalendar calendar, List<BookedHours> hard,
            List<BookedHours> soft, LocalDate from, LocalDate to) {
        return weeks(calendar.weeks(from, to), hard, soft);
    }

    /** @param capacity the person's weeks as {@link WorkingCalendar#weeks} gives them */
    public static List<WeekAvailability> weeks(List<WeekCapacity> capacity, List<BookedHours> hard,
            List<BookedHours> soft) {
        List<WeekAvailability> weeks = new ArrayList<>();
        for (WeekCapacity week : capacity) {
            BigDecimal hardHours = BookedHours.sum(hard, week.from(), week.to());
            BigDecimal softHours = BookedHours.sum(soft, week.from(), week.to());
            BigDecimal free = week.capacityHours().subtract(hardHours);
            weeks.add(new WeekAvailability(week.week().toString(), week.from(), week.to(), hours(week.baseHours()),
                    hours(week.timeOffHours()), hours(hardHours), hours(softHours), hours(free.max(BigDecimal.ZERO)),
                    free.signum() < 0));
        }
        return weeks;
    }

    /** Hours as the API shows them: two decimals. */
    public static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
