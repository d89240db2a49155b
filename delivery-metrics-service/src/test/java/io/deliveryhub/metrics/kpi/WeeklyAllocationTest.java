package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.WeeklyAllocation.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklyAllocationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    @Test
    void countsAFullWeekAtItsWeeklyHours() {
        Allocation allocation = new Allocation(MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), FORTY, true);

        assertThat(WeeklyAllocation.hoursInWeek(allocation, MONDAY)).isEqualByComparingTo("40");
    }

    @Test
    void proratesAnAllocationStartingOrEndingWithinTheWeekByWorkingDays() {
        // Starts Wednesday: 3 working days; ends Tuesday: 2; both inside a weekend: none.
        assertThat(WeeklyAllocation.hoursInWeek(new Allocation(MONDAY.plusDays(2), MONDAY.plusWeeks(3), FORTY, true),
                MONDAY)).isEqualByComparingTo("24");
        assertThat(WeeklyAllocation.hoursInWeek(new Allocation(MONDAY.minusWeeks(1), MONDAY.plusDays(1),
                BigDecimal.valueOf(20), true), MONDAY)).isEqualByComparingTo("8");
        assertThat(WeeklyAllocation.hoursInWeek(new Allocation(MONDAY.plusDays(5), MONDAY.plusDays(6), FORTY, true),
                MONDAY)).isEqualByComparingTo("0");
        assertThat(WeeklyAllocation.hoursInWeek(new Allocation(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), FORTY, true),
                MONDAY)).isEqualByComparingTo("0");
    }
}
