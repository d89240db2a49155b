package io.deliveryhub.resources.utilization;

import static io.deliveryhub.resources.timeentry.TimeEntryStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.calendar.Absence;
import io.deliveryhub.resources.calendar.WorkingCalendar;
import io.deliveryhub.resources.timeentry.TimeEntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UtilizationTest {

    // Monday 2 March to Sunday 8 March 2026: five working days.
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUN = MON.plusDays(6);

    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();

    private static Utilization.Member member(UUID id, String name, String practice, String title, String weekly,
            Absence... absences) {
        return new Utilization.Member(id, name, practice, title, WorkingCalendar.of(new BigDecimal(weekly), List.of(absences)));
    }

    private static Utilization.Logged logged(UUID person, LocalDate day, String hours, boolean billable,
            TimeEntryStatus status) {
        return new Utilization.Logged(person, day, new BigDecimal(hours), billable, status);
    }

    private static UtilizationRow only(Utilization.Report report) {
        assertThat(report.rows()).hasSize(1);
        return report.rows().get(0);
    }

    @Test
    void utilizationIsLoggedOverCapacityAndBillableOverCapacity() {
        UtilizationRow row = only(Utilization.report(MON, SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40")),
                List.of(logged(ANA, MON, "8", true, APPROVED), logged(ANA, MON.plusDays(1), "8", false, SUBMITTED),
                        logged(ANA, MON.plusDays(2), "6", true, SUBMITTED))));
        assertThat(row.capacityHours()).isEqualByComparingTo("40");
        assertThat(row.loggedHours()).isEqualByComparingTo("22");
        assertThat(row.billableHours()).isEqualByComparingTo("14");
        assertThat(row.utilization()).isEqualByComparingTo("0.550");
        assertThat(row.billableUtilization()).isEqualByComparingTo("0.350");
        assertThat(row.name()).isEqualTo("Ana");
        assertThat(row.group()).isEqualTo(ANA.toString());
    }

    @Test
    void keepsTheHoursOfSomeoneInactiveAllPeriodAsDeliveryMetricsDoes() {
        // The same week as delivery-metrics' WorkforceTallyTest: Ben left the Friday before, yet logged 8 h.
        Utilization.Member ben = new Utilization.Member(BEN, "Ben", "Eng", "Dev",
                WorkingCalendar.of(new BigDecimal("40"), List.of()).activeBetween(null, MON.minusDays(3)));
        Utilization.Report report = Utilization.report(MON, SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40"), ben),
                List.of(logged(ANA, MON, "32", true, SUBMITTED), logged(BEN, MON, "8", true, SUBMITTED)));
        assertThat(report.total().capacityHours()).isEqualByComparingTo("40");
        assertThat(report.total().loggedHours()).isEqualByComparingTo("40");
        assertThat(report.total().utilization()).isEqualByComparingTo("1.000");
        assertThat(report.total().people()).isEqualTo(2);
    }

    @Test
    void weekendHoursCountAsLoggedButGiveNoCapacity() {
        UtilizationRow row = only(Utilization.report(MON, SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40")),
                List.of(logged(ANA, MON.plusDays(5), "4", true, SUBMITTED))));
        assertThat(row.capacityHours()).isEqualByComparingTo("40");
        assertThat(row.loggedHours()).isEqualByComparingTo("4");
        assertThat(row.utilization()).isEqualByComparingTo("0.100");
    }

    @Test
    void aWeekendOnlyPeriodHasNoCapacityAndNoRatios() {
        UtilizationRow row = only(Utilization.report(MON.plusDays(5), SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40")),
                List.of(logged(ANA, SUN, "3", true, SUBMITTED))));
        assertThat(row.capacityHours()).isEqualByComparingTo("0");
        assertThat(row.loggedHours()).isEqualByComparingTo("3");
        assertThat(row.utilization()).isNull();
        assertThat(row.billableUtilization()).isNull();
    }

    @Test
    void timeOffAndHolidaysLowerCapacity() {
        UtilizationRow row = only(Utilization.report(MON, SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40", new Absence(MON, MON, new BigDecimal("8")),
                        new Absence(MON.plusDays(1), MON.plusDays(2), new BigDecimal("4")))),
                List.of(logged(ANA, MON.plusDays(3), "8", true, SUBMITTED))));
        assertThat(row.capacityHours()).isEqualByComparingTo("24");
        assertThat(row.utilization()).isEqualByComparingTo("0.333");
    }

    @Test
    void rejectedEntriesAndEntriesOutsideThePeriodDoNotCount() {
        UtilizationRow row = only(Utilization.report(MON, SUN, UtilizationGrouping.PERSON,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40")),
                List.of(logged(ANA, MON, "8", true, REJECTED), logged(ANA, MON.minusDays(1), "8", true, APPROVED),
                        logged(ANA, SUN.plusDays(1), "8", true, APPROVED), logged(ANA, SUN, "2", false, APPROVED))));
        assertThat(row.loggedHours()).isEqualByComparingTo("2");
        assertThat(row.billableHours()).isEqualByComparingTo("0");
        assertThat(row.billableUtilization()).isEqualByComparingTo("0.000");
    }

    @Test
    void groupsSumTheirMembersBeforeDividing() {
        Utilization.Report report = Utilization.report(MON, SUN, UtilizationGrouping.PRACTICE,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40"), member(BEN, "Ben", "Eng", "Lead", "20"),
                        member(UUID.randomUUID(), "Cy", null, "Dev", "40")),
                List.of(logged(ANA, MON, "40", true, APPROVED), logged(BEN, MON, "5", false, APPROVED)));
        assertThat(report.rows()).extracting(UtilizationRow::group).containsExactly("Eng", null);
        UtilizationRow eng = report.rows().get(0);
        assertThat(eng.people()).isEqualTo(2);
        assertThat(eng.capacityHours()).isEqualByComparingTo("60");
        assertThat(eng.loggedHours()).isEqualByComparingTo("45");
        assertThat(eng.utilization()).isEqualByComparingTo("0.750");
        assertThat(eng.billableUtilization()).isEqualByComparingTo("0.667");
        assertThat(report.total().people()).isEqualTo(3);
        assertThat(report.total().capacityHours()).isEqualByComparingTo("100");
        assertThat(report.total().utilization()).isEqualByComparingTo("0.450");
    }

    @Test
    void rolesAreTitles() {
        Utilization.Report report = Utilization.report(MON, SUN, UtilizationGrouping.ROLE,
                List.of(member(ANA, "Ana", "Eng", "Dev", "40"), member(BEN, "Ben", "Ops", "Dev", "40")), List.of());
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.group()).isEqualTo("Dev");
            assertThat(row.capacityHours()).isEqualByComparingTo("80");
            assertThat(row.utilization()).isEqualByComparingTo("0");
        });
    }

    @Test
    void ratiosRoundHalfEvenToThreeDecimals() {
        assertThat(Utilization.ratio(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("0.333");
        assertThat(Utilization.ratio(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("0.667");
        assertThat(Utilization.ratio(new BigDecimal("0.0625"), BigDecimal.ONE)).isEqualByComparingTo("0.062");
        assertThat(Utilization.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }
}
