package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Project KPIs through the API over the producer's example events, shaped into kpis.md's worked example: planned
 * 2–12 March, BAC 10000, milestones weighing 1, 1, 2 with the first DONE on 5 March, asked about 6 March.
 * No time entries are fed here, so AC is 0.00 and what divides by it is null (ActualCostKpiTest feeds them).
 */
@QuarkusTest
class ProjectKpiResourceTest {

    private static final String KPIS = "/api/v1/metrics/projects/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void computesTheWorkedExampleFromTheProjectsFacts() {
        UUID project = workedExample();
        UUID waived = milestone(project, 4, "PLANNED", "2026-03-20", null);
        waive(project, waived, 4, "2026-03-20", "2026-03-04T10:00:00Z"); // waived before asOf: never counts
        report(project, "2026-03-06", "AMBER", 20);
        report(project, "2026-03-07", "RED", 60); // after asOf: not yet said
        risk(project, "RISK", "OPEN", 16, "2026-03-06T10:00:00Z");
        risk(project, "RISK", "CLOSED", 9, "2026-03-01T10:00:00Z");
        risk(project, "ISSUE", "OPEN", 25, "2026-03-01T10:00:00Z");
        risk(project, "RISK", "OPEN", 20, "2026-03-09T10:00:00Z"); // raised after asOf
        feedback(project, 4, 9, "2026-03-05T12:00:00Z");
        feedback(project, 2, 5, "2026-03-06T12:00:00Z");
        feedback(project, 1, 0, "2026-03-10T12:00:00Z"); // after asOf

        awaitKpis(project.toString(), "2026-03-06", response -> response
                .body("projectId", is(project.toString()), "asOf", is("2026-03-06"))
                .body("earnedValue.currency", is("EUR"),
                        "earnedValue.bac", is("10000.00"), "earnedValue.pv", is("4000.00"),
                        "earnedValue.ev", is("2500.00"), "earnedValue.ac", is("0.00"),
                        "earnedValue.cv", is("2500.00"), "earnedValue.sv", is("-1500.00"),
                        "earnedValue.eac", nullValue(), "earnedValue.etc", nullValue(),
                        "earnedValue.vac", nullValue(), "earnedValue.cpi", nullValue(),
                        "earnedValue.spi", is(0.625f), "earnedValue.tcpi", is(0.75f),
                        "earnedValue.percentComplete", is(0.25f))
                .body("schedule.milestonesTotal", is(3), "schedule.milestonesDone", is(1),
                        "schedule.onTimeRate", is(1.0f), "schedule.overdue", is(0))
                .body("budgetBurn.ratio", is(0.0f), "budgetBurn.hoursLogged", is(0),
                        "budgetBurn.budgetHours", is(2400.0f))
                .body("rag", is("AMBER"), "riskExposure", is(16), "csat", is(3.0f), "nps", is(0.0f))
                // spi 0.625 −25, AMBER −10, csat 3 −5; cpi unknown takes nothing off.
                .body("health.score", is(60), "health.status", is("AMBER"),
                        "health.factors.find { it.name == 'cpi' }.value", nullValue(),
                        "health.factors.find { it.name == 'spi' }.effect", is(-25)));
    }

    @Test
    void judgesTheScheduleAsOfALaterDayAndFindsTheProjectByItsKey() {
        UUID project = workedExample();
        String key = Api.as(ADMIN).get(KPIS + project).then().statusCode(200).extract().path("key");

        // 10 March: the second milestone (due 9 March) is overdue; the rag comes from no report at all.
        awaitKpis(key, "2026-03-10", response -> response
                .body("projectId", is(project.toString()), "earnedValue.pv", is("8000.00"),
                        "earnedValue.ev", is("2500.00"), "earnedValue.spi", is(0.312f)) // 0.3125, half-even
                .body("schedule.milestonesTotal", is(3), "schedule.milestonesDone", is(1),
                        "schedule.onTimeRate", is(0.5f), "schedule.overdue", is(1))
                .body("rag", nullValue(), "riskExposure", is(0), "csat", nullValue(), "nps", nullValue()));
    }

    @Test
    void measuresAgainstTheBaselineInForceOnTheDay() {
        UUID project = workedExample();
        ObjectNode baseline = fact(BASELINE_CHANGED, project, UUID.randomUUID(), 2);
        state(baseline).put("createdAt", "2026-03-08T09:00:00Z").put("budgetHours", 3000)
                .put("plannedStart", "2026-03-02").put("plannedEnd", "2026-03-12");
        ((ObjectNode) state(baseline).get("budget")).put("amount", "12000.00");
        publish(BASELINE_CHANGED, project, baseline);

        awaitKpis(project.toString(), "2026-03-08", response -> response
                .body("earnedValue.bac", is("12000.00"), "earnedValue.pv", is("7200.00"),
                        "earnedValue.ev", is("3000.00"), "budgetBurn.budgetHours", is(3000.0f)));
        // The day before, the project's own budget is still in force.
        Api.as(TEAM_MEMBER).queryParam("asOf", "2026-03-07").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.bac", is("10000.00"), "earnedValue.pv", is("5000.00"),
                        "budgetBurn.budgetHours", is(2400.0f));
    }

    @Test
    void aChangeRequestApprovedLaterDoesNotRewriteAnEarlierDay() {
        UUID project = workedExample();
        baseline(project, 1, "2026-03-02T08:00:00Z", "2026-03-12", "10000.00");
        // Approved on 8 March: the end moves by 10 days and the budget grows, for the project and in baseline 2.
        replanned(project, 2, "2026-03-22", "12000.00");
        baseline(project, 2, "2026-03-08T09:00:00Z", "2026-03-22", "12000.00");

        // 10 March: 12000 × 8/20.
        awaitKpis(project.toString(), "2026-03-10", response -> response
                .body("earnedValue.bac", is("12000.00"), "earnedValue.pv", is("4800.00")));
        Api.as(HEAD_OF_DELIVERY).queryParam("asOf", "2026-03-06").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.bac", is("10000.00"), "earnedValue.pv", is("4000.00"),
                        "earnedValue.sv", is("-1500.00"), "earnedValue.spi", is(0.625f));
    }

    @Test
    void aChangeRequestApprovedBeforeAnyBaselineDoesNotRewriteAnEarlierDay() {
        UUID project = workedExample();
        // No baseline yet: an approved change request moves the project's own plan on 8 March.
        ObjectNode replanned = plannedProject(project);
        replanned.put("version", 2);
        state(replanned).put("version", 2).put("plannedEnd", "2026-03-22");
        ((ObjectNode) state(replanned).get("budget")).put("amount", "12000.00");
        EventFeed.publishAt(Instant.parse("2026-03-08T09:00:00Z"), Topics.PROJECTS, PROJECT_UPDATED,
                project.toString(), replanned);

        awaitKpis(project.toString(), "2026-03-10", response -> response
                .body("earnedValue.bac", is("12000.00"), "earnedValue.pv", is("4800.00")));
        Api.as(HEAD_OF_DELIVERY).queryParam("asOf", "2026-03-06").get(KPIS + project).then().statusCode(200)
                .body("earnedValue.bac", is("10000.00"), "earnedValue.pv", is("4000.00"),
                        "earnedValue.spi", is(0.625f));
    }

    @Test
    void countsMilestonesAsTheyStoodOnTheDay() {
        UUID project = workedExample();
        UUID third = milestone(project, 2, "PLANNED", "2026-03-05", null);
        waive(project, third, 2, "2026-03-05", "2026-03-09T10:00:00Z");
        milestoneAddedAt(project, 4, "2026-03-20", "2026-03-09T11:00:00Z");

        awaitKpis(project.toString(), "2026-03-09", response -> response
                .body("schedule.milestonesTotal", is(4), "earnedValue.percentComplete", is(0.125f)));
        // 6 March: the fourth milestone was still due (and late), the fifth not yet added.
        Api.as(HEAD_OF_DELIVERY).queryParam("asOf", "2026-03-06").get(KPIS + project).then().statusCode(200)
                .body("schedule.milestonesTotal", is(4), "schedule.overdue", is(1), "schedule.onTimeRate", is(0.5f),
                        "earnedValue.percentComplete", is(0.167f), "earnedValue.ev", is("1666.67"));
    }

    @Test
    void documentsAcAsTheCostOfTimeEntriesAndPointsToTheDefinitions() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/metrics/projects/{idOrKey}'.get.description",
                        allOf(containsString("docs/kpis.md"), containsString("time entries"),
                                not(containsString("stays 0"))));
    }

    @Test
    void takesPercentCompleteFromTheLatestReportWhenNoMilestoneHasWeight() {
        UUID project = UUID.randomUUID();
        publish(PROJECT_CREATED, project, plannedProject(project));
        report(project, "2026-03-04", "GREEN", 30);
        report(project, "2026-03-06", "GREEN", 45);

        awaitKpis(project.toString(), "2026-03-05", response -> response
                .body("earnedValue.percentComplete", is(0.3f), "earnedValue.ev", is("3000.00"),
                        "schedule.milestonesTotal", is(0), "schedule.onTimeRate", nullValue(), "rag", is("GREEN")));
    }

    @Test
    void answersWithNullsForAProjectWithoutBudgetDatesOrProgress() {
        UUID project = UUID.randomUUID();
        ObjectNode payload = project(project, 1, "PROPOSED");
        state(payload).putNull("budget").putNull("plannedStart").putNull("plannedEnd").putNull("budgetHours");
        publish(PROJECT_CREATED, project, payload);

        awaitKpis(project.toString(), "2026-03-06", response -> response
                .body("earnedValue.currency", nullValue(), "earnedValue.bac", nullValue(),
                        "earnedValue.pv", nullValue(), "earnedValue.ev", nullValue(), "earnedValue.ac", is("0.00"),
                        "earnedValue.spi", nullValue(), "earnedValue.tcpi", nullValue(),
                        "earnedValue.percentComplete", nullValue())
                .body("budgetBurn.ratio", nullValue(), "budgetBurn.budgetHours", nullValue())
                .body("health.score", is(100), "health.status", is("GREEN")));
    }

    @Test
    void answersForTodayWithoutAsOf() {
        UUID project = workedExample();
        Api.as(DELIVERY_LEAD).get(KPIS + project).then().statusCode(200)
                .body("asOf", is(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void refusesADateThatIsNotOne() {
        UUID project = workedExample();
        Api.as(PROJECT_MANAGER).queryParam("asOf", "2026-02-30").get(KPIS + project).then().statusCode(400)
                .contentType("application/problem+json").body(containsString("asOf"));
    }

    @Test
    void answers404ForAProjectItHasNotHeardOf() {
        Api.as(HEAD_OF_DELIVERY).get(KPIS + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("not-found"));
        Api.as(HEAD_OF_DELIVERY).get(KPIS + "NO-SUCH-KEY").then().statusCode(404);
    }

    @Test
    void isForPeopleAndAdminsOnly() {
        UUID project = workedExample();
        Api.as(INTEGRATION_CRM).get(KPIS + project).then().statusCode(403);
        Api.anonymous().get(KPIS + project).then().statusCode(401);
    }

    /** The worked example of docs/kpis.md#earned-value without time entries; returns once the API sees all of it. */
    private static UUID workedExample() {
        UUID project = UUID.randomUUID();
        publish(PROJECT_CREATED, project, plannedProject(project));
        milestone(project, 1, "DONE", "2026-03-05", "2026-03-05");
        milestone(project, 1, "IN_PROGRESS", "2026-03-09", null);
        milestone(project, 2, "PLANNED", "2026-03-12", null);
        awaitKpis(project.toString(), "2026-03-06", response -> response.body("schedule.milestonesTotal", is(3)));
        return project;
    }

    private static void awaitKpis(String idOrKey, String asOf,
            Consumer<ValidatableResponse> expectations) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> expectations.accept(
                Api.as(HEAD_OF_DELIVERY).queryParam("asOf", asOf).get(KPIS + idOrKey).then().statusCode(200)));
    }
}
