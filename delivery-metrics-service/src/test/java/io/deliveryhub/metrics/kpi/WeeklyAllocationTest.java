package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.Utilization.TimeOff;
import io.deliveryhub.metrics.kpi.WeeklyAllocation.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void flagsHardBookingsAboveCapacityButNotSoftOnes() {
        List<Allocation> allocations = List.of(
                new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(30), true),
                new Allocation(MONDAY, MONDAY.plusDays(4), BigDecimal.valueOf(20), false));

        WeeklyAllocation week = WeeklyAllocation.of(MONDAY.plusDays(3), FORTY, List.of(), allocations);

        assertThat(week.monday()).isEqualTo(MONDAY);
        assertThat(week.hardHours()).isEqualByComparingTo("30");
        assertThat(week.softHours()).isEqualByComparingTo("20");
        assertThat(week.overAllocated()).isFalse();
        assertThat(week.hardLoad()).isEqualTo("0.750");
    }

    @Test
    void measuresTheWeekAgainstCapacityLessTimeOff() {
        List<Allocation> allocations = List.of(new Allocation(MONDAY, MONDAY.plusDays(4), FORTY, true));
        List<TimeOff> holiday = List.of(new TimeOff(MONDAY, BigDecimal.valueOf(8)));

        WeeklyAllocation week = WeeklyAllocation.of(MONDAY, FORTY, holiday, allocations);

        assertThat(week.capacity()).isEqualByComparingTo("32");
        assertThat(week.overAllocated()).isTrue();
        assertThat(week.hardLoad()).isEqualTo("1.250");
        assertThat(week.hardLoadAbove(new BigDecimal("1.10"))).isTrue();
        assertThat(WeeklyAllocation.of(MONDAY, FORTY, List.of(), allocations).hardLoadAbove(new BigDecimal("1.10")))
                .isFalse();
    }

    @Test
    void treatsAnyHardBookingInAWeekWithoutCapacityAsOverAllocation() {
        WeeklyAllocation week = WeeklyAllocation.of(MONDAY, BigDecimal.ZERO, List.of(),
                List.of(new Allocation(MONDAY, MONDAY, BigDecimal.valueOf(5), true)));

        assertThat(week.hardLoad()).isNull();
        assertThat(week.overAllocated()).isTrue();
    }
}
