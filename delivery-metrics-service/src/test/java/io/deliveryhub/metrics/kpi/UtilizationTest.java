package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.Utilization.TimeEntry;
import io.deliveryhub.metrics.kpi.Utilization.TimeOff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilizationTest {

    // Monday 2 March 2026 to Sunday 15 March 2026: ten working days.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 15);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);

    @Test
    void countsCapacityOnWorkingDaysOnly() {
        Utilization utilization = Utilization.of(MONDAY, SUNDAY, FORTY, List.of(), List.of());

        assertThat(utilization.capacity()).isEqualByComparingTo("80");
        assertThat(utilization.utilization()).isEqualTo("0.000");
    }

    @Test
    void takesTimeOffAndHolidaysOffCapacityButNeverBelowZeroADay() {
        List<TimeOff> off = List.of(
                new TimeOff(MONDAY, BigDecimal.valueOf(8)),
                new TimeOff(MONDAY.plusDays(1), BigDecimal.valueOf(4)),
                new TimeOff(MONDAY.plusDays(1), BigDecimal.valueOf(2)),
                new TimeOff(MONDAY.plusDays(2), BigDecimal.valueOf(12)),
                new TimeOff(MONDAY.plusDays(5), BigDecimal.valueOf(8)));

        Utilization utilization = Utilization.of(MONDAY, SUNDAY, FORTY, off, List.of());

        // 80 − 8 − 6 − 8 (12 off on an 8-hour day) − 0 (a Saturday) = 58
        assertThat(utilization.capacity()).isEqualByComparingTo("58");
    }

    @Test
    void countsWeekendHoursAndLeavesOutRejectedEntries() {
        List<TimeEntry> entries = List.of(
                new TimeEntry(MONDAY, BigDecimal.valueOf(8), true, "APPROVED"),
                new TimeEntry(MONDAY.plusDays(5), BigDecimal.valueOf(4), true, "SUBMITTED"),
                new TimeEntry(MONDAY.plusDays(6), BigDecimal.valueOf(2), false, "DRAFT"),
                new TimeEntry(MONDAY.plusDays(7), BigDecimal.valueOf(8), true, "REJECTED"),
                new TimeEntry(SUNDAY.plusDays(1), BigDecimal.valueOf(8), true, "APPROVED"));

        Utilization utilization = Utilization.of(MONDAY, SUNDAY, FORTY, List.of(), entries);

        assertThat(utilization.logged()).isEqualByComparingTo("14");
        assertThat(utilization.billable()).isEqualByComparingTo("12");
        assertThat(utilization.utilization()).isEqualTo("0.175");
        assertThat(utilization.billableUtilization()).isEqualTo("0.150");
    }

    @Test
    void canExceedFullUtilization() {
        Utilization utilization = Utilization.of(MONDAY, MONDAY, FORTY, List.of(),
                List.of(new TimeEntry(MONDAY, BigDecimal.valueOf(12), true, "APPROVED")));

        assertThat(utilization.utilization()).isEqualTo("1.500");
    }

    @Test
    void hasNoUtilizationWithoutCapacity() {
        List<TimeEntry> weekendWork = List.of(new TimeEntry(MONDAY.plusDays(5), BigDecimal.ONE, true, "APPROVED"));

        Utilization weekend = Utilization.of(MONDAY.plusDays(5), MONDAY.plusDays(6), FORTY, List.of(), weekendWork);
        Utilization noCapacity = Utilization.of(MONDAY, SUNDAY, BigDecimal.ZERO, List.of(), weekendWork);
        Utilization allOff = Utilization.of(MONDAY, MONDAY, FORTY, List.of(new TimeOff(MONDAY, BigDecimal.TEN)),
                List.of());

        assertThat(weekend.utilization()).isNull();
        assertThat(weekend.billableUtilization()).isNull();
        assertThat(weekend.logged()).isEqualByComparingTo("1");
        assertThat(noCapacity.utilization()).isNull();
        assertThat(allOff.utilization()).isNull();
    }

    @Test
    void splitsAnOddWeeklyCapacityExactly() {
        Utilization utilization = Utilization.of(MONDAY, MONDAY.plusDays(2), BigDecimal.valueOf(37), List.of(),
                List.of(new TimeEntry(MONDAY, new BigDecimal("7.4"), false, "APPROVED")));

        assertThat(utilization.capacity()).isEqualByComparingTo("22.2");
        assertThat(utilization.utilization()).isEqualTo("0.333");
    }

    @Test
    void addsUpPeopleBeforeDividing() {
        Utilization busy = new Utilization(BigDecimal.valueOf(40), BigDecimal.valueOf(40), BigDecimal.valueOf(30));
        Utilization bench = new Utilization(BigDecimal.valueOf(40), BigDecimal.ZERO, BigDecimal.ZERO);

        Utilization team = Utilization.NONE.plus(busy).plus(bench);

        assertThat(team.utilization()).isEqualTo("0.500");
        assertThat(team.billableUtilization()).isEqualTo("0.375");
    }
}
