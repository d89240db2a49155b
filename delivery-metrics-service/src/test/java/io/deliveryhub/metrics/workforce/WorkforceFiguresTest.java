package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.ResourceFeed;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Utilization and bench over two weeks (Monday 2 to Friday 13 March 2026) of people fed as resources-service
 * publishes them. Each test has a practice of its own, so the people of other tests do not count.
 */
@QuarkusTest
class WorkforceFiguresTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FRIDAY_WEEK_2 = MONDAY.plusDays(11);

    @Inject
    Workforce workforce;

    @Test
    void measuresUtilizationAndBenchOfThePeopleActiveInThePeriodAndTheHoursOfAnyoneWhoLoggedInIt() {
        String practice = "Practice " + UUID.randomUUID();
        UUID projectX = UUID.randomUUID();
        UUID projectY = UUID.randomUUID();

        // Ada: 40 h/week less a HOLIDAY on Monday → 72 h; fully HARD-booked on X.
        UUID ada = person(practice, 40, null, null);
        timeOff(TIME_OFF_RECORDED, UUID.randomUUID(), 1, ada, MONDAY, MONDAY, "HOLIDAY");
        hardOrSoft(ada, projectX, MONDAY.minusWeeks(4), MONDAY.plusWeeks(8), 40, "HARD");
        for (int day = 1; day <= 5; day++) { // Tuesday to Saturday: 40 h billable, the Saturday counts
            log(ada, projectX, MONDAY.plusDays(day), 8, true, "APPROVED");
        }
        log(ada, projectX, MONDAY.plusDays(7), 8, false, "SUBMITTED");
        log(ada, projectX, MONDAY.plusDays(8), 8, true, "REJECTED"); // never counts
        log(ada, projectX, MONDAY.minusDays(3), 8, true, "APPROVED"); // before the period

        // Ben: 80 h of capacity (his vacation was cancelled), 10 h/week HARD on Y and a SOFT booking: on the bench.
        UUID ben = person(practice, 40, null, null);
        UUID vacation = UUID.randomUUID();
        timeOff(TIME_OFF_RECORDED, vacation, 1, ben, MONDAY.plusWeeks(1), FRIDAY_WEEK_2, "VACATION");
        timeOff(TIME_OFF_CANCELLED, vacation, 2, ben, MONDAY.plusWeeks(1), FRIDAY_WEEK_2, "VACATION");
        hardOrSoft(ben, projectY, MONDAY, FRIDAY_WEEK_2, 10, "HARD");
        hardOrSoft(ben, projectX, MONDAY, FRIDAY_WEEK_2, 30, "SOFT");

        // Cleo left before the period yet logged 8 h in it (a late timesheet): her hours count, with no capacity, as
        // the per-person utilization view counts them. Dan joined for its second week, HARD-booked on X from then on.
        UUID cleo = person(practice, 40, LocalDate.of(2025, 1, 1), MONDAY.minusDays(3));
        log(cleo, projectX, MONDAY, 8, true, "APPROVED");
        UUID dan = person(practice, 40, MONDAY.plusWeeks(1), null);
        hardOrSoft(dan, projectX, MONDAY.plusWeeks(1), MONDAY.plusWeeks(10), 40, "HARD");

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            WorkforceFigures all = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null);
            assertThat(all.people()).isEqualTo(4);
            assertThat(all.capacityHours()).isEqualByComparingTo("192"); // 72 + 80 + 0 + 40
            assertThat(all.loggedHours()).isEqualByComparingTo("56");
            assertThat(all.billableHours()).isEqualByComparingTo("48");
            assertThat(all.utilization()).isEqualByComparingTo("0.292"); // 0.2917
            assertThat(all.billableUtilization()).isEqualByComparingTo("0.250");
            assertThat(all.onBench()).isEqualTo(1);
            assertThat(all.benchShare()).isEqualByComparingTo("0.250");
        });

        WorkforceFigures onY = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, Set.of(projectY));
        assertThat(onY.people()).isEqualTo(1);
        assertThat(onY.capacityHours()).isEqualByComparingTo("80");
        assertThat(onY.onBench()).isEqualTo(1);
        WorkforceFigures onX = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, List.of(projectX, projectY));
        assertThat(onX.people()).isEqualTo(3);
        WorkforceFigures hardOnXOnly = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, Set.of(projectX));
        assertThat(hardOnXOnly.people()).isEqualTo(2); // Ben's booking on X is SOFT
        assertThat(hardOnXOnly.onBench()).isZero();
        assertThat(hardOnXOnly.loggedHours()).isEqualByComparingTo("48");
    }

    @Test
    void answersForEveryoneWithoutAPracticeAndForNobodyWithNoProjects() {
        String practice = "Practice " + UUID.randomUUID();
        person(practice, 40, null, null);
        UUID anyone = person(practice, 40, null, null);

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null).people()).isEqualTo(2));
        assertThat(workforce.over(MONDAY, FRIDAY_WEEK_2, null, null).people()).isGreaterThanOrEqualTo(2);
        WorkforceFigures none = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, List.of());
        assertThat(none.people()).isZero();
        assertThat(none.utilization()).isNull();
        assertThat(none.benchShare()).isNull();
        assertThat(workforce.over(MONDAY, FRIDAY_WEEK_2, "No such practice " + anyone, null).people()).isZero();
    }

    @Test
    void followsEntriesThatMoveChangeOrAreRejected() {
        String practice = "Practice " + UUID.randomUUID();
        UUID eve = person(practice, 40, null, null);
        UUID project = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        entry(TIME_ENTRY_RECORDED, moved, 1, eve, project, MONDAY, 8, true, "SUBMITTED");
        entry(TIME_ENTRY_RECORDED, rejected, 1, eve, project, MONDAY.plusDays(1), 6, true, "SUBMITTED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null).loggedHours()).isEqualByComparingTo("14"));

        // moved out of the period and made non-billable; the other one rejected; an older event comes late
        entry(TIME_ENTRY_UPDATED, moved, 2, eve, project, MONDAY.minusDays(7), 5, false, "SUBMITTED");
        entry(TIME_ENTRY_DECIDED, rejected, 2, eve, project, MONDAY.plusDays(1), 6, true, "REJECTED");
        entry(TIME_ENTRY_RECORDED, rejected, 1, eve, project, MONDAY.plusDays(1), 6, true, "SUBMITTED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null).loggedHours()).isEqualByComparingTo("0");
            WorkforceFigures weekBefore = workforce.over(MONDAY.minusDays(7), MONDAY.minusDays(1), practice, null);
            assertThat(weekBefore.loggedHours()).isEqualByComparingTo("5");
            assertThat(weekBefore.billableHours()).isEqualByComparingTo("0");
        });
    }

    @Test
    void keepsAPeriodsFiguresThroughEntriesDatedAfterItAndFollowsEntriesDatedInIt() {
        String practice = "Practice " + UUID.randomUUID();
        UUID eve = person(practice, 40, null, null);
        UUID project = UUID.randomUUID();
        LocalDate after = FRIDAY_WEEK_2.plusDays(1);
        log(eve, project, MONDAY, 8, true, "SUBMITTED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null).loggedHours()).isEqualByComparingTo("8"));

        log(eve, project, after, 8, true, "SUBMITTED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                workforce.over(after, after, practice, null).loggedHours()).isEqualByComparingTo("8"));
        assertThat(workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null).loggedHours()).isEqualByComparingTo("8");

        log(eve, project, FRIDAY_WEEK_2, 4, false, "APPROVED");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            WorkforceFigures period = workforce.over(MONDAY, FRIDAY_WEEK_2, practice, null);
            assertThat(period.loggedHours()).isEqualByComparingTo("12");
            assertThat(period.billableHours()).isEqualByComparingTo("8");
        });
    }

    private static void entry(String type, UUID id, long version, UUID person, UUID project, LocalDate date,
            double hours, boolean billable, String status) {
        publish(type, project, timeEntry(type, id, version, project, person, date, hours, "450.00", billable, status));
    }

    private static UUID person(String practice, double capacity, LocalDate activeFrom, LocalDate activeTo) {
        UUID id = UUID.randomUUID();
        var payload = ResourceFeed.person(id, 1, capacity, practice);
        state(payload).put("activeFrom", activeFrom == null ? null : activeFrom.toString())
                .put("activeTo", activeTo == null ? null : activeTo.toString());
        publish(PERSON_CREATED, id, payload);
        return id;
    }

    private static void timeOff(String type, UUID id, long version, UUID person, LocalDate from, LocalDate to,
            String kind) {
        publish(type, person, ResourceFeed.timeOff(type, id, version, person, from, to, 8, kind));
    }

    private static void hardOrSoft(UUID person, UUID project, LocalDate from, LocalDate to, double hoursPerWeek,
            String booking) {
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                from, to, hoursPerWeek, booking));
    }

    private static void log(UUID person, UUID project, LocalDate date, double hours, boolean billable, String status) {
        String type = status.equals("SUBMITTED") ? TIME_ENTRY_RECORDED : TIME_ENTRY_DECIDED;
        publish(type, project, timeEntry(type, UUID.randomUUID(), 1, project, person, date, hours, "720.00", billable,
                status));
    }
}
