package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * AC and hours logged through the API, from time entries fed as resources-service publishes them, on the docs/kpis.md
 * worked example (planned 2–12 March, BAC 10000, milestones 1, 1, 2 with the first DONE on 5 March, asOf 6 March):
 * 30 h at 90 → AC 2700.00.
 */
@QuarkusTest
class ActualCostKpiTest {

    private static final String KPIS = "/api/v1/metrics/projects/";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void computesTheWorkedExampleWithTheCostOfItsTimeEntries() {
        UUID project = workedExample();
        UUID person = UUID.randomUUID();
        entry(project, person, MARCH_2, 8, "720.00", "SUBMITTED");
        entry(project, person, MARCH_2.plusDays(1), 8, "720.00", "APPROVED");
        ObjectNode chunk = imported(project);
        importedEntry(chunk, UUID.randomUUID(), 1, person, MARCH_2.plusDays(2), 8, "720.00", "SUBMITTED");
        importedEntry(chunk, UUID.randomUUID(), 1, person, MARCH_2.plusDays(3), 6, "540.00", "SUBMITTED");
        ResourceFeed.publish(TIME_ENTRIES_IMPORTED, project, chunk);
        UUID rejected = entry(project, person, MARCH_2.plusDays(3), 5, "450.00", "SUBMITTED");
        ResourceFeed.publish(TIME_ENTRY_DECIDED, project, timeEntry(TIME_ENTRY_DECIDED, rejected, 2, project, person,
                MARCH_2.plusDays(3), 5, "450.00", true, "REJECTED"));
        entry(project, person, MARCH_2.plusDays(7), 8, "720.00", "SUBMITTED"); // after asOf

        awaitKpis(project, "2026-03-06", response -> response
                .body("earnedValue.currency", is("EUR"), "earnedValue.bac", is("10000.00"),
                        "earnedValue.pv", is("4000.00"), "earnedValue.ev", is("2500.00"),
                        "earnedValue.ac", is("2700.00"), "earnedValue.cv", is("-200.00"),
                        "earnedValue.sv", is("-1500.00"), "earnedValue.cpi", is(0.926f),
                        "earnedValue.spi", is(0.625f), "earnedValue.eac", is("10800.00"),
                        "earnedValue.etc", is("8100.00"), "earnedValue.vac", is("-800.00"),
                        "earnedValue.tcpi", is(1.027f))
                .body("budgetBurn.ratio", is(0.27f), "budgetBurn.hoursLogged", hours("30"))
                .body("health.factors.find { it.name == 'cpi' }.value", is("0.926")));
        // Once the later entry counts: 38 h, 3420.00.
        Api.as(TEAM_MEMBER).queryParam("asOf", "2026-03-09").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.ac", is("3420.00"), "budgetBurn.hoursLogged", hours("38"));
    }

    @Test
    void aLateEntryChangesTheAnswersForTheDaysAfterItsDateButNotBefore() {
        UUID project = workedExample();
        UUID person = UUID.randomUUID();
        thirtyHoursAtNinety(project, person);
        awaitKpis(project, "2026-03-06", response -> response.body("earnedValue.ac", is("2700.00")));

        // Logged today for a day of last month.
        entry(project, person, LocalDate.of(2026, 2, 20), 2, "180.00", "SUBMITTED");

        awaitKpis(project, "2026-03-06", response -> response
                .body("earnedValue.ac", is("2880.00"), "budgetBurn.hoursLogged", hours("32")));
        Api.as(TEAM_MEMBER).queryParam("asOf", "2026-02-20").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.ac", is("180.00"), "budgetBurn.hoursLogged", hours("2"));
        Api.as(TEAM_MEMBER).queryParam("asOf", "2026-02-19").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.ac", is("0.00"), "budgetBurn.hoursLogged", hours("0"));
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        UUID project = workedExample();
        UUID person = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        entry(project, person, MARCH_2.plusDays(1), 10, "900.00", "APPROVED");
        entry(project, person, MARCH_2.plusDays(2), 10, "900.00", "APPROVED");
        EventFeed.publish(eventId, Topics.RESOURCES, TIME_ENTRY_DECIDED, project.toString(), timeEntry(
                TIME_ENTRY_DECIDED, entry, 2, project, person, MARCH_2, 10, "900.00", true, "APPROVED"));
        awaitKpis(project, "2026-03-06", response -> response.body("earnedValue.ac", is("2700.00")));

        // The same event again, carrying a different state: the inbox has handled it already.
        EventFeed.publish(eventId, Topics.RESOURCES, TIME_ENTRY_DECIDED, project.toString(), timeEntry(
                TIME_ENTRY_DECIDED, entry, 3, project, person, MARCH_2, 10, "900.00", true, "REJECTED"));
        // The entry's first version, arriving late.
        UUID older = ResourceFeed.publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, entry, 1,
                project, person, MARCH_2, 1, "90.00", true, "SUBMITTED"));
        awaitHandled(older);

        Api.as(TEAM_MEMBER).queryParam("asOf", "2026-03-06").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.ac", is("2700.00"), "budgetBurn.hoursLogged", hours("30"),
                        "earnedValue.cpi", is(0.926f));
    }

    @Test
    void countsTheHoursOfAnUncostedEntryButNoCost() {
        UUID project = workedExample();
        UUID person = UUID.randomUUID();
        thirtyHoursAtNinety(project, person);
        entry(project, person, MARCH_2.plusDays(1), 4, null, "SUBMITTED");

        awaitKpis(project, "2026-03-06", response -> response
                .body("earnedValue.ac", is("2700.00"), "budgetBurn.hoursLogged", hours("34")));
    }

    /** The worked example of docs/kpis.md#earned-value without time entries; returns once the API sees all of it. */
    private static UUID workedExample() {
        UUID project = UUID.randomUUID();
        ObjectNode payload = project(project, 1, "ACTIVE");
        ProjectFeed.state(payload).put("plannedStart", "2026-03-02").put("plannedEnd", "2026-03-12");
        ((ObjectNode) ProjectFeed.state(payload).get("budget")).put("amount", "10000.00");
        ProjectFeed.publish(PROJECT_CREATED, project, payload);
        milestone(project, 1, "DONE", "2026-03-05", "2026-03-05");
        milestone(project, 1, "IN_PROGRESS", "2026-03-09", null);
        milestone(project, 2, "PLANNED", "2026-03-12", null);
        awaitKpis(project, "2026-03-06", response -> response.body("schedule.milestonesTotal", is(3),
                "earnedValue.ev", is("2500.00")));
        return project;
    }

    private static void milestone(UUID project, int weight, String status, String due, String completedOn) {
        ObjectNode payload = fact(MILESTONE_CREATED, project, UUID.randomUUID(), 1);
        ProjectFeed.state(payload).put("weight", weight).put("status", status).put("dueDate", due)
                .put("completedOn", completedOn);
        ProjectFeed.publish(MILESTONE_CREATED, project, payload);
    }

    /** 30 h at 90 over 2–4 March. */
    private static void thirtyHoursAtNinety(UUID project, UUID person) {
        for (int day = 0; day < 3; day++) {
            entry(project, person, MARCH_2.plusDays(day), 10, "900.00", "APPROVED");
        }
    }

    /** A recorded (version 1) entry; any status other than SUBMITTED stands for one decided since. */
    private static UUID entry(UUID project, UUID person, LocalDate date, double hours, String cost, String status) {
        UUID id = UUID.randomUUID();
        String type = status.equals("SUBMITTED") ? TIME_ENTRY_RECORDED : TIME_ENTRY_DECIDED;
        ResourceFeed.publish(type, project, timeEntry(type, id, 1, project, person, date, hours, cost, true, status));
        return id;
    }

    private static Matcher<Object> hours(String expected) {
        return new CustomTypeSafeMatcher<>(expected + " hours") {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number number
                        && new BigDecimal(number.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    private static void awaitKpis(UUID project, String asOf, Consumer<ValidatableResponse> expectations) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> expectations.accept(
                Api.as(HEAD_OF_DELIVERY).queryParam("asOf", asOf).get(KPIS + project).then().statusCode(200)));
    }
}
