package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.WeeklyAllocation.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void countsTheHardHoursOfEveryWeekOfThePeriod() {
        // Four full weeks at 20 h.
        List<Allocation> allocations = List.of(new Allocation(MONDAY.minusWeeks(1), MONDAY.plusWeeks(5),
                BigDecimal.valueOf(20), true));

        assertThat(Bench.hardHours(MONDAY, MONDAY.plusDays(27), allocations)).isEqualByComparingTo("80");
    }

    @Test
    void cutsAnAllocationToThePeriodByWorkingDays() {
        // Period Wednesday to the next Tuesday: 3 + 2 working days of 40 h/week = 40 h; the booking from Thursday: 32.
        LocalDate wednesday = MONDAY.plusDays(2);
        LocalDate tuesday = MONDAY.plusDays(8);
        assertThat(Bench.hardHours(wednesday, tuesday, List.of(new Allocation(MONDAY, MONDAY.plusWeeks(4),
                BigDecimal.valueOf(40), true)))).isEqualByComparingTo("40");
        assertThat(Bench.hardHours(wednesday, tuesday, List.of(new Allocation(MONDAY.plusDays(3), MONDAY.plusWeeks(4),
                BigDecimal.valueOf(40), true)))).isEqualByComparingTo("32");
    }

    @Test
    void leavesOutSoftBookingsAndAllocationsOutsideThePeriod() {
        List<Allocation> allocations = List.of(
                new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(40), false),
                new Allocation(MONDAY.minusWeeks(3), MONDAY.minusDays(3), BigDecimal.valueOf(40), true),
                new Allocation(MONDAY.plusDays(5), MONDAY.plusDays(6), BigDecimal.valueOf(40), true));

        assertThat(Bench.hardHours(MONDAY, MONDAY.plusDays(6), allocations)).isEqualByComparingTo("0");
        assertThat(Bench.hardHours(MONDAY, MONDAY.plusDays(6), List.of())).isEqualByComparingTo("0");
    }

    @Test
    void addsUpOverlappingBookings() {
        List<Allocation> allocations = List.of(
                new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(10), true),
                new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(15), true));

        assertThat(Bench.hardHours(MONDAY, MONDAY.plusDays(4), allocations)).isEqualByComparingTo("25");
    }

    @Test
    void putsOnTheBenchOnlyBelowTheThresholdShareOfCapacity() {
        assertThat(Bench.onBench(BigDecimal.valueOf(19), BigDecimal.valueOf(40), HALF)).isTrue();
        assertThat(Bench.onBench(BigDecimal.valueOf(20), BigDecimal.valueOf(40), HALF)).isFalse();
        assertThat(Bench.onBench(BigDecimal.ZERO, BigDecimal.valueOf(40), HALF)).isTrue();
    }

    @Test
    void neverBenchesSomeoneWithoutCapacity() {
        assertThat(Bench.onBench(BigDecimal.ZERO, BigDecimal.ZERO, HALF)).isFalse();
    }
}
