package io.deliveryhub.resources.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    // 2026-03-02 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    private static WorkingCalendar fortyHours(Absence... absences) {
        return WorkingCalendar.of(h("40"), List.of(absences));
    }

    @Test
    void workingDaysAreMondayToFriday() {
        assertThat(WorkingCalendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(WorkingCalendar.isWorkingDay(MONDAY.plusDays(4))).isTrue();
        assertThat(WorkingCalendar.isWorkingDay(MONDAY.plusDays(5))).isFalse();
        assertThat(WorkingCalendar.isWorkingDay(MONDAY.plusDays(6))).isFalse();
    }

    @Test
    void countsWorkingDaysInclusiveOfBothEnds() {
        assertThat(WorkingCalendar.workingDays(MONDAY, MONDAY)).isEqualTo(1);
        assertThat(WorkingCalendar.workingDays(MONDAY, MONDAY.plusDays(6))).isEqualTo(5);
        assertThat(WorkingCalendar.workingDays(MONDAY.plusDays(5), MONDAY.plusDays(6))).isZero();
        assertThat(WorkingCalendar.workingDays(MONDAY.plusDays(3), MONDAY.plusDays(8))).isEqualTo(4);
        assertThat(WorkingCalendar.workingDays(MONDAY, MONDAY.plusDays(27))).isEqualTo(20);
        assertThat(WorkingCalendar.workingDays(MONDAY, MONDAY.minusDays(1))).isZero();
    }

    @Test
    void workingDaysAgreeWithCountingDayByDayOverAYear() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        for (int length = 0; length < 400; length += 7 - length % 3) {
            LocalDate end = start.plusDays(length);
            int expected = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                expected += WorkingCalendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(WorkingCalendar.workingDays(start, end)).as("%s..%s", start, end).isEqualTo(expected);
        }
    }

    @Test
    void aWorkingDayGivesAFifthOfTheWeeklyCapacity() {
        assertThat(fortyHours().capacityOn(MONDAY)).isEqualByComparingTo("8");
        assertThat(WorkingCalendar.of(h("37.5"), List.of()).capacityOn(MONDAY)).isEqualByComparingTo("7.5");
        assertThat(WorkingCalendar.of(h("33"), List.of()).capacityOn(MONDAY)).isEqualByComparingTo("6.6");
    }

    @Test
    void weekendsGiveNoCapacity() {
        assertThat(fortyHours().capacityOn(MONDAY.plusDays(5))).isEqualByComparingTo("0");
        assertThat(fortyHours().capacity(MONDAY.plusDays(5), MONDAY.plusDays(6))).isEqualByComparingTo("0");
    }

    @Test
    void capacityOverAPeriodSumsItsWorkingDays() {
        assertThat(fortyHours().capacity(MONDAY, MONDAY.plusDays(13))).isEqualByComparingTo("80");
        assertThat(fortyHours().capacity(MONDAY.plusDays(2), MONDAY.plusDays(8))).isEqualByComparingTo("40");
        assertThat(fortyHours().capacity(MONDAY.plusDays(2), MONDAY.plusDays(7))).isEqualByComparingTo("32");
    }

    @Test
    void timeOffTakesItsHoursFromEachWorkingDayItCovers() {
        WorkingCalendar calendar = fortyHours(new Absence(MONDAY, MONDAY.plusDays(1), h("8")),
                new Absence(MONDAY.plusDays(2), MONDAY.plusDays(2), h("4")));
        assertThat(calendar.capacityOn(MONDAY)).isEqualByComparingTo("0");
        assertThat(calendar.capacityOn(MONDAY.plusDays(2))).isEqualByComparingTo("4");
        assertThat(calendar.capacity(MONDAY, MONDAY.plusDays(6))).isEqualByComparingTo("20");
    }

    @Test
    void timeOffNeverMakesADayNegative() {
        WorkingCalendar calendar = fortyHours(new Absence(MONDAY, MONDAY, h("6")), new Absence(MONDAY, MONDAY, h("6")));
        assertThat(calendar.timeOffHours(MONDAY)).isEqualByComparingTo("12");
        assertThat(calendar.capacityOn(MONDAY)).isEqualByComparingTo("0");
    }

    @Test
    void timeOffOverAWeekendTakesNothing() {
        WorkingCalendar calendar = fortyHours(new Absence(MONDAY.plusDays(4), MONDAY.plusDays(7), h("8")));
        assertThat(calendar.timeOffHours(MONDAY.plusDays(5))).isEqualByComparingTo("0");
        assertThat(calendar.capacity(MONDAY, MONDAY.plusDays(13))).isEqualByComparingTo("64");
    }

    @Test
    void holidaysAreTimeOffLikeAnyOther() {
        WorkingCalendar calendar = fortyHours(new Absence(MONDAY.plusDays(3), MONDAY.plusDays(3), h("8")));
        assertThat(calendar.capacity(MONDAY, MONDAY.plusDays(6))).isEqualByComparingTo("32");
    }

    @Test
    void zeroCapacityPeopleHaveNoCapacity() {
        assertThat(WorkingCalendar.of(BigDecimal.ZERO, List.of()).capacity(MONDAY, MONDAY.plusDays(30)))
                .isEqualByComparingTo("0");
    }

    @Test
    void daysOutsideTheActivePeriodGiveNothing() {
        WorkingCalendar calendar = fortyHours().activeBetween(MONDAY.plusDays(2), MONDAY.plusDays(8));
        assertThat(calendar.capacityOn(MONDAY)).isEqualByComparingTo("0");
        assertThat(calendar.capacity(MONDAY, MONDAY.plusDays(13))).isEqualByComparingTo("40");
        assertThat(fortyHours().activeBetween(null, MONDAY).capacity(MONDAY, MONDAY.plusDays(4)))
                .isEqualByComparingTo("8");
    }

    @Test
    void refusesNegativeCapacity() {
        assertThatThrownBy(() -> WorkingCalendar.of(h("-1"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketsCapacityByIsoWeekClippedToThePeriod() {
        WorkingCalendar calendar = fortyHours(new Absence(MONDAY.plusDays(8), MONDAY.plusDays(8), h("8")),
                new Absence(MONDAY.plusDays(9), MONDAY.plusDays(9), h("10")));
        List<WeekCapacity> weeks = calendar.weeks(MONDAY.plusDays(3), MONDAY.plusDays(16));

        assertThat(weeks).extracting(w -> w.week().toString()).containsExactly("2026-W10", "2026-W11", "2026-W12");
        WeekCapacity first = weeks.get(0);
        assertThat(first.from()).isEqualTo(MONDAY.plusDays(3));
        assertThat(first.to()).isEqualTo(MONDAY.plusDays(6));
        assertThat(first.workingDays()).isEqualTo(2);
        assertThat(first.capacityHours()).isEqualByComparingTo("16");
        WeekCapacity second = weeks.get(1);
        assertThat(second.baseHours()).isEqualByComparingTo("40");
        assertThat(second.timeOffHours()).isEqualByComparingTo("16");
        assertThat(second.capacityHours()).isEqualByComparingTo("24");
        WeekCapacity third = weeks.get(2);
        assertThat(third.from()).isEqualTo(MONDAY.plusDays(14));
        assertThat(third.workingDays()).isEqualTo(3);
        assertThat(third.capacityHours()).isEqualByComparingTo("24");
    }

    @Test
    void weeklyCapacitiesAddUpToThePeriodsCapacity() {
        WorkingCalendar calendar = WorkingCalendar.of(h("32"), List.of(new Absence(MONDAY.plusDays(10), MONDAY.plusDays(20), h("3.5"))))
                .activeBetween(MONDAY.plusDays(1), null);
        LocalDate from = MONDAY.minusDays(3);
        LocalDate to = MONDAY.plusDays(40);
        BigDecimal sum = calendar.weeks(from, to).stream().map(WeekCapacity::capacityHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(calendar.capacity(from, to));
    }

    @Test
    void anAllocationsWeekIsProratedByItsWorkingDays() {
        IsoWeek week = IsoWeek.of(MONDAY);
        assertThat(WorkingCalendar.allocationHours(h("40"), MONDAY, MONDAY.plusDays(30), week)).isEqualByComparingTo("40");
        assertThat(WorkingCalendar.allocationHours(h("40"), MONDAY.plusDays(2), MONDAY.plusDays(30), week)).isEqualByComparingTo("24");
        assertThat(WorkingCalendar.allocationHours(h("20"), MONDAY.minusDays(10), MONDAY, week)).isEqualByComparingTo("4");
        assertThat(WorkingCalendar.allocationHours(h("40"), MONDAY.plusDays(5), MONDAY.plusDays(6), week)).isEqualByComparingTo("0");
        assertThat(WorkingCalendar.allocationHours(h("40"), MONDAY.plusDays(7), MONDAY.plusDays(30), week)).isEqualByComparingTo("0");
        assertThat(WorkingCalendar.allocationHours(h("12.5"), MONDAY, MONDAY.plusDays(2), week)).isEqualByComparingTo("7.5");
    }

    @Test
    void allocationHoursByWeekCoverEveryWeekOfTheRange() {
        Map<IsoWeek, BigDecimal> hours = WorkingCalendar.allocationHoursByWeek(h("20"), MONDAY.plusDays(3), MONDAY.plusDays(8),
                MONDAY, MONDAY.plusDays(20));
        assertThat(hours).hasSize(3);
        assertThat(hours.get(IsoWeek.of(MONDAY))).isEqualByComparingTo("8");
        assertThat(hours.get(IsoWeek.of(MONDAY.plusDays(7)))).isEqualByComparingTo("8");
        assertThat(hours.get(IsoWeek.of(MONDAY.plusDays(14)))).isEqualByComparingTo("0");
    }

    @Test
    void allocationHoursByWeekAreClippedToTheRange() {
        Map<IsoWeek, BigDecimal> hours = WorkingCalendar.allocationHoursByWeek(h("40"), MONDAY, MONDAY.plusDays(30),
                MONDAY.plusDays(3), MONDAY.plusDays(6));
        assertThat(hours).containsOnlyKeys(IsoWeek.of(MONDAY));
        assertThat(hours.get(IsoWeek.of(MONDAY))).isEqualByComparingTo("16");
    }
}
