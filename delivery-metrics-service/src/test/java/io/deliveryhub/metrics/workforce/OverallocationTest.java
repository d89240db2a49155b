package io.deliveryhub.metrics.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.Utilization.TimeOff;
import io.deliveryhub.metrics.kpi.WeeklyAllocation;
import io.deliveryhub.metrics.kpi.WeeklyAllocation.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallocationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2); // 2026-W10
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal LIMIT = new BigDecimal("1.10");

    @Test
    void findsTheWeeksAboveTheThresholdFromTheCurrentWeekOn() {
        // 48 h/week in weeks 11 and 12 (two bookings), 40 h elsewhere.
        List<Allocation> allocations = List.of(
                new Allocation(MONDAY.minusWeeks(4), MONDAY.plusWeeks(20), FORTY, true),
                new Allocation(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2).plusDays(4), BigDecimal.valueOf(8), true));

        Overallocation found = Overallocation.of(THURSDAY, 12, LIMIT, FORTY, List.of(), allocations);

        assertThat(found.weeks()).extracting(WeeklyAllocation::monday)
                .containsExactly(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
        assertThat(found.worstRatio()).isEqualByComparingTo("1.200");
        assertThat(found.describe("Jane Doe")).isEqualTo("Jane Doe is hard-allocated above 1.10 × capacity in "
                + "2026-W11 (48.00 h of 40.00 h), 2026-W12 (48.00 h of 40.00 h)");
    }

    @Test
    void toleratesLoadUpToTheThresholdAndIgnoresSoftBookings() {
        List<Allocation> allocations = List.of(
                new Allocation(MONDAY, MONDAY.plusWeeks(2), BigDecimal.valueOf(44), true),
                new Allocation(MONDAY, MONDAY.plusWeeks(2), BigDecimal.valueOf(40), false));

        assertThat(Overallocation.of(MONDAY, 12, LIMIT, FORTY, List.of(), allocations).any()).isFalse();
    }

    @Test
    void judgesAWeekAgainstItsCapacityAfterTimeOff() {
        // A holiday on Monday leaves 32 h; 40 h booked is 1.25 of it.
        List<TimeOff> holiday = List.of(new TimeOff(MONDAY.plusWeeks(1), BigDecimal.valueOf(8)));
        List<Allocation> allocations = List.of(new Allocation(MONDAY, MONDAY.plusWeeks(3), FORTY, true));

        Overallocation found = Overallocation.of(MONDAY, 12, LIMIT, FORTY, holiday, allocations);

        assertThat(found.weeks()).extracting(WeeklyAllocation::monday).containsExactly(MONDAY.plusWeeks(1));
        assertThat(found.worstRatio()).isEqualByComparingTo("1.250");
    }

    @Test
    void looksNoFurtherThanTheWeeksAhead() {
        List<Allocation> late = List.of(new Allocation(MONDAY.plusWeeks(13), MONDAY.plusWeeks(14), FORTY.add(FORTY),
                true));

        assertThat(Overallocation.of(MONDAY, 12, LIMIT, FORTY, List.of(), late).any()).isFalse();
        assertThat(Overallocation.of(MONDAY, 13, LIMIT, FORTY, List.of(), late).weeks()).hasSize(1);
    }

    @Test
    void aWeekWithoutCapacityIsExceededByAnyHardBookingButHasNoRatio() {
        List<TimeOff> away = MONDAY.datesUntil(MONDAY.plusDays(5)).map(day -> new TimeOff(day, BigDecimal.valueOf(8)))
                .toList();
        List<Allocation> allocations = List.of(new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(4), true));

        Overallocation found = Overallocation.of(MONDAY, 0, LIMIT, FORTY, away, allocations);

        assertThat(found.any()).isTrue();
        assertThat(found.worstRatio()).isNull();
    }

    @Test
    void namesIsoWeeksAcrossTheYearEnd() {
        assertThat(Overallocation.isoWeek(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
        assertThat(Overallocation.isoWeek(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
    }
}
