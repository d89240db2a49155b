package io.deliveryhub.metrics.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.Utilization.TimeOff;
import io.deliveryhub.metrics.kpi.WeeklyAllocation.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkforceTallyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void addsUpCapacityLoggedAndBillableHoursOfEveryone() {
        WorkforceFigures figures = tally(MONDAY, FRIDAY)
                .add(person(FORTY, null, null, List.of(), "30", "20", fullWeek("40")))
                .add(person(BigDecimal.valueOf(20), null, null, List.of(), "10", "0", List.of()))
                .figures();

        assertThat(figures.capacityHours()).isEqualByComparingTo("60");
        assertThat(figures.loggedHours()).isEqualByComparingTo("40");
        assertThat(figures.billableHours()).isEqualByComparingTo("20");
        assertThat(figures.utilization()).isEqualByComparingTo("0.667");
        assertThat(figures.billableUtilization()).isEqualByComparingTo("0.333");
        assertThat(figures.people()).isEqualTo(2);
        assertThat(figures.onBench()).isEqualTo(1);
        assertThat(figures.benchShare()).isEqualByComparingTo("0.500");
    }

    @Test
    void takesTimeOffAndHolidaysOffCapacityAndSoOffTheBenchMeasure() {
        // 16 h off leave 24 h of capacity; 12 h booked is half of it, so not on the bench.
        List<TimeOff> off = List.of(new TimeOff(MONDAY, BigDecimal.valueOf(8)), new TimeOff(MONDAY.plusDays(1),
                BigDecimal.valueOf(8)));
        WorkforceFigures figures = tally(MONDAY, FRIDAY)
                .add(person(FORTY, null, null, off, "12", "12", fullWeek("12"))).figures();

        assertThat(figures.capacityHours()).isEqualByComparingTo("24");
        assertThat(figures.utilization()).isEqualByComparingTo("0.500");
        assertThat(figures.onBench()).isZero();
    }

    @Test
    void countsAPersonOnlyWhileActive() {
        // Joined on Wednesday: 3 working days of capacity; booked 40 h/week from then on, so not on the bench.
        WorkforceFigures joined = tally(MONDAY, FRIDAY)
                .add(person(FORTY, MONDAY.plusDays(2), null, List.of(), "24", "24",
                        List.of(new Allocation(MONDAY.plusDays(2), MONDAY.plusWeeks(3), FORTY, true))))
                .figures();
        assertThat(joined.capacityHours()).isEqualByComparingTo("24");
        assertThat(joined.utilization()).isEqualByComparingTo("1.000");
        assertThat(joined.onBench()).isZero();

        WorkforceFigures gone = tally(MONDAY, FRIDAY)
                .add(person(FORTY, null, MONDAY.minusDays(1), List.of(), null, null, List.of()))
                .add(person(FORTY, FRIDAY.plusDays(1), null, List.of(), null, null, List.of()))
                .figures();
        assertThat(gone.people()).isZero();
    }

    @Test
    void keepsTheHoursOfSomeoneInactiveAllPeriodAsResourcesServiceDoes() {
        // Left on the Friday before, yet logged 8 h this week (late timesheet): the hours count, with no capacity.
        WorkforceFigures figures = tally(MONDAY, FRIDAY)
                .add(person(FORTY, null, null, List.of(), "32", "32", fullWeek("40")))
                .add(person(FORTY, null, MONDAY.minusDays(3), List.of(), "8", "8", List.of()))
                .figures();

        assertThat(figures.capacityHours()).isEqualByComparingTo("40");
        assertThat(figures.loggedHours()).isEqualByComparingTo("40");
        assertThat(figures.utilization()).isEqualByComparingTo("1.000");
        assertThat(figures.people()).isEqualTo(2);
        assertThat(figures.onBench()).isZero();
    }

    @Test
    void answersNullRatiosForNobodyOrNoCapacity() {
        WorkforceFigures nobody = tally(MONDAY, FRIDAY).figures();
        assertThat(nobody.people()).isZero();
        assertThat(nobody.capacityHours()).isEqualByComparingTo("0");
        assertThat(nobody.utilization()).isNull();
        assertThat(nobody.billableUtilization()).isNull();
        assertThat(nobody.benchShare()).isNull();

        // A weekend period: no working day, no capacity, hours logged all the same.
        WorkforceFigures weekend = tally(MONDAY.plusDays(5), MONDAY.plusDays(6))
                .add(person(FORTY, null, null, List.of(), "4", "4", List.of())).figures();
        assertThat(weekend.loggedHours()).isEqualByComparingTo("4");
        assertThat(weekend.utilization()).isNull();
        assertThat(weekend.onBench()).isZero();
        assertThat(weekend.benchShare()).isEqualByComparingTo("0");
    }

    private static WorkforceTally tally(LocalDate from, LocalDate to) {
        return new WorkforceTally(from, to, HALF);
    }

    private static List<Allocation> fullWeek(String hoursPerWeek) {
        return List.of(new Allocation(MONDAY.minusWeeks(1), MONDAY.plusWeeks(1), new BigDecimal(hoursPerWeek), true));
    }

    private static PersonFacts person(BigDecimal capacity, LocalDate activeFrom, LocalDate activeTo,
            List<TimeOff> timeOff, String logged, String billable, List<Allocation> allocations) {
        return new PersonFacts(capacity, activeFrom, activeTo, timeOff, logged == null ? null : new BigDecimal(logged),
                billable == null ? null : new BigDecimal(billable), allocations);
    }
}
