package io.deliveryhub.resources.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.calendar.Absence;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallocationTest {

    // 2026-03-02 is the Monday of 2026-W10.
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final WorkingCalendar FULL_TIME = WorkingCalendar.of(h(40), List.of());

    @Test
    void acceptsABookingThatFillsTheWeekExactly() {
        assertThat(Overallocation.weeks(FULL_TIME, List.of(booked(MON, MON.plusDays(4), 20)),
                booked(MON, MON.plusDays(4), 20))).isEmpty();
    }

    @Test
    void refusesHardBookingThatOverbooksAWeek() {
        List<OverbookedWeek> weeks = Overallocation.weeks(FULL_TIME, List.of(booked(MON, MON.plusDays(13), 30)),
                booked(MON, MON.plusDays(4), 20));

        assertThat(weeks).containsExactly(new OverbookedWeek("2026-W10", h2(40), h2(50)));
    }

    @Test
    void timeOffLowersTheWeeksCapacity() {
        WorkingCalendar withDayOff = WorkingCalendar.of(h(40), List.of(new Absence(MON, MON, h(8))));

        assertThat(Overallocation.weeks(withDayOff, List.of(), booked(MON, MON.plusDays(4), 36)))
                .containsExactly(new OverbookedWeek("2026-W10", h2(32), h2(36)));
        assertThat(Overallocation.weeks(withDayOff, List.of(), booked(MON, MON.plusDays(4), 32))).isEmpty();
    }

    @Test
    void proratesABookingThatStartsMidWeekByItsWorkingDays() {
        LocalDate wednesday = MON.plusDays(2);
        // 40 h/week from Wednesday books 24 h in its first week: 24 + 16 fits, 24 + 17 does not.
        assertThat(Overallocation.weeks(FULL_TIME, List.of(booked(MON, MON.plusDays(4), 16)),
                booked(wednesday, MON.plusDays(4), 40))).isEmpty();
        assertThat(Overallocation.weeks(FULL_TIME, List.of(booked(MON, MON.plusDays(4), 17)),
                booked(wednesday, MON.plusDays(4), 40)))
                .containsExactly(new OverbookedWeek("2026-W10", h2(40), h2(41)));
    }

    @Test
    void countsOtherBookingsOnlyOnTheirOwnWorkingDays() {
        // The other booking ends on Tuesday: 2 of 5 days of 40 h = 16 h in that week.
        assertThat(Overallocation.weeks(FULL_TIME, List.of(booked(MON.minusWeeks(1), MON.plusDays(1), 40)),
                booked(MON, MON.plusDays(4), 24))).isEmpty();
    }

    @Test
    void listsEveryOverbookedWeekInOrder() {
        WorkingCalendar holidayInThirdWeek = WorkingCalendar.of(h(40),
                List.of(new Absence(MON.plusWeeks(2), MON.plusWeeks(2).plusDays(4), h(8))));

        List<OverbookedWeek> weeks = Overallocation.weeks(holidayInThirdWeek,
                List.of(booked(MON.plusWeeks(1), MON.plusWeeks(1).plusDays(4), 10)),
                booked(MON, MON.plusWeeks(2).plusDays(4), 32));

        assertThat(weeks).containsExactly(new OverbookedWeek("2026-W11", h2(40), h2(42)),
                new OverbookedWeek("2026-W12", h2(0), h2(32)));
    }

    @Test
    void ignoresAWeekTheBookingDoesNotWorkIn() {
        LocalDate saturday = MON.plusDays(5);
        // Already overbooked by others in W10, but the new booking starts on the weekend: not its doing.
        assertThat(Overallocation.weeks(FULL_TIME, List.of(booked(MON, MON.plusDays(4), 50)),
                booked(saturday, saturday.plusDays(1), 40))).isEmpty();
    }

    @Test
    void aPersonWhoLeavesMidWeekHasLessCapacityThatWeek() {
        WorkingCalendar leavingWednesday = FULL_TIME.activeBetween(null, MON.plusDays(2));

        assertThat(Overallocation.weeks(leavingWednesday, List.of(), booked(MON, MON.plusDays(2), 40)))
                .isEmpty();
        assertThat(Overallocation.weeks(leavingWednesday, List.of(), booked(MON, MON.plusDays(4), 40)))
                .containsExactly(new OverbookedWeek("2026-W10", h2(24), h2(40)));
    }

    private static BookedHours booked(LocalDate from, LocalDate to, int hoursPerWeek) {
        return new BookedHours(from, to, h(hoursPerWeek));
    }

    private static BigDecimal h(int hours) {
        return BigDecimal.valueOf(hours);
    }

    private static BigDecimal h2(int hours) {
        return BigDecimal.valueOf(hours).setScale(2);
    }
}
