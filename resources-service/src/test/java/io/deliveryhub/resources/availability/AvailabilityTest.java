package io.deliveryhub.resources.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.calendar.Absence;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @Test
    void showsCapacityTimeOffHardSoftAndFreeHoursPerWeek() {
        WorkingCalendar calendar = WorkingCalendar.of(h(40), List.of(new Absence(MON, MON, h(8))));

        List<WeekAvailability> weeks = Availability.weeks(calendar,
                List.of(new BookedHours(MON, MON.plusWeeks(1).plusDays(4), h(24))),
                List.of(new BookedHours(MON.plusWeeks(1), MON.plusWeeks(1).plusDays(4), h(8))),
                MON, MON.plusWeeks(1).plusDays(6));

        assertThat(weeks).containsExactly(
                new WeekAvailability("2026-W10", MON, MON.plusDays(6), h2(40), h2(8), h2(24), h2(0), h2(8), false),
                new WeekAvailability("2026-W11", MON.plusWeeks(1), MON.plusWeeks(1).plusDays(6), h2(40), h2(0),
                        h2(24), h2(8), h2(16), false));
    }

    @Test
    void clipsTheFirstAndLastWeekToThePeriod() {
        WorkingCalendar calendar = WorkingCalendar.of(h(40), List.of());
        LocalDate wednesday = MON.plusDays(2);

        List<WeekAvailability> weeks = Availability.weeks(calendar,
                List.of(new BookedHours(MON, MON.plusWeeks(4), h(20))), List.of(), wednesday, MON.plusWeeks(1));

        assertThat(weeks).extracting(WeekAvailability::week, WeekAvailability::capacityHours,
                WeekAvailability::hardHours, WeekAvailability::freeHours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-W10", h2(24), h2(12), h2(12)),
                        org.assertj.core.groups.Tuple.tuple("2026-W11", h2(8), h2(4), h2(4)));
    }

    @Test
    void flagsAnOverbookedWeekAndShowsNoFreeHours() {
        WorkingCalendar calendar = WorkingCalendar.of(h(32), List.of());

        WeekAvailability week = Availability.weeks(calendar, List.of(new BookedHours(MON, MON.plusDays(4), h(40))),
                List.of(), MON, MON.plusDays(6)).get(0);

        assertThat(week.freeHours()).isEqualTo(h2(0));
        assertThat(week.overallocated()).isTrue();
    }

    @Test
    void aWholeWeekOfTimeOffLeavesNothingFreeButIsNotOverbookedWithoutHardBookings() {
        WorkingCalendar calendar = WorkingCalendar.of(h(40), List.of(new Absence(MON, MON.plusDays(4), h(10))));

        WeekAvailability week = Availability.weeks(calendar, List.of(), List.of(new BookedHours(MON, MON, h(5))),
                MON, MON.plusDays(6)).get(0);

        assertThat(week.timeOffHours()).isEqualTo(h2(40));
        assertThat(week.softHours()).isEqualTo(h2(1));
        assertThat(week.freeHours()).isEqualTo(h2(0));
        assertThat(week.overallocated()).isFalse();
    }

    @Test
    void bookedHoursCountOnlyWorkingDaysInsideBothPeriods() {
        BookedHours booking = new BookedHours(MON.plusDays(3), MON.plusDays(10), h(40));

        assertThat(booking.between(MON, MON.plusDays(6))).isEqualByComparingTo("16");
        assertThat(booking.between(MON.plusDays(7), MON.plusDays(13))).isEqualByComparingTo("32");
        assertThat(booking.between(MON.plusDays(14), MON.plusDays(20))).isEqualByComparingTo("0");
    }

    private static BigDecimal h(int hours) {
        return BigDecimal.valueOf(hours);
    }

    private static BigDecimal h2(int hours) {
        return BigDecimal.valueOf(hours).setScale(2);
    }
}
