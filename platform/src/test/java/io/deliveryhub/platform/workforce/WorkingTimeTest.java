package io.deliveryhub.platform.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2); // 2026-W10

    @Test
    void countsMondayToFridayOnly() {
        assertThat(WorkingTime.workingDays(MONDAY, MONDAY.plusDays(6))).isEqualTo(5);
        assertThat(WorkingTime.workingDays(MONDAY.plusDays(5), MONDAY.plusDays(6))).isZero();
        assertThat(WorkingTime.workingDays(MONDAY, MONDAY.plusWeeks(3).plusDays(2))).isEqualTo(18);
        assertThat(WorkingTime.workingDays(MONDAY, MONDAY.minusDays(1))).isZero();
    }

    @Test
    void givesADayItsShareOfTheWeekLessTimeOffAndNothingOnWeekends() {
        BigDecimal daily = WorkingTime.dailyCapacity(new BigDecimal("40"));
        assertThat(WorkingTime.capacityOn(MONDAY, daily, new BigDecimal("3"))).isEqualByComparingTo("5");
        assertThat(WorkingTime.capacityOn(MONDAY, daily, new BigDecimal("10"))).isEqualByComparingTo("0");
        assertThat(WorkingTime.capacityOn(MONDAY.plusDays(5), daily, null)).isEqualByComparingTo("0");
    }

    @Test
    void booksAnAllocationByItsWorkingDaysInTheWeek() {
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(WorkingTime.allocationHours(new BigDecimal("40"), wednesday, MONDAY.plusWeeks(4), MONDAY,
                MONDAY.plusDays(6))).isEqualByComparingTo("24");
        assertThat(WorkingTime.allocationHours(new BigDecimal("20"), MONDAY, MONDAY.plusWeeks(4), MONDAY.plusWeeks(1),
                MONDAY.plusWeeks(1).plusDays(6))).isEqualByComparingTo("20");
        assertThat(WorkingTime.allocationHours(new BigDecimal("20"), MONDAY, MONDAY.plusDays(4), MONDAY.plusWeeks(1),
                MONDAY.plusWeeks(1).plusDays(6))).isEqualByComparingTo("0");
    }

    @Test
    void putsOnTheBenchBelowTheThresholdAndNeverWithoutCapacity() {
        BigDecimal half = new BigDecimal(WorkingTime.DEFAULT_BENCH_THRESHOLD);
        assertThat(WorkingTime.onBench(new BigDecimal("19.99"), new BigDecimal("40"), half)).isTrue();
        assertThat(WorkingTime.onBench(new BigDecimal("20"), new BigDecimal("40"), half)).isFalse();
        assertThat(WorkingTime.onBench(BigDecimal.ZERO, BigDecimal.ZERO, half)).isFalse();
    }
}
