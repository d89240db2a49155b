package io.deliveryhub.resources.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ISO weeks a period touches. */
public final class IsoWeeks {

    private IsoWeeks() {
    }

    /** Every ISO week holding at least one day of [from, to], in order; empty when {@code to} is before {@code from}. */
    public static List<IsoWeek> between(LocalDate from, LocalDate to) {
        List<IsoWeek> weeks = new ArrayList<>();
        if (to.isBefore(from)) {
            return weeks;
        }
        IsoWeek last = IsoWeek.of(to);
        for (IsoWeek week = IsoWeek.of(from); week.compareTo(last) <= 0; week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }
}
