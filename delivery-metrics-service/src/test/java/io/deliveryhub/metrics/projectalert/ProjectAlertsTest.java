package io.deliveryhub.metrics.projectalert;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.alert.AlertEngine;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The project alert rules end to end, fed project events as projects-service publishes them: each raises one alert
 * per subject however often it is evaluated, and resolves it once a later event clears the condition. Today is the
 * real today (the rules judge today's KPIs), so the facts are dated relative to it. Evaluations are run by the test
 * itself; each applied project event triggers one in the background too, with the same outcome.
 */
@QuarkusTest
class ProjectAlertsTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final String KPIS = "/api/v1/metrics/projects/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    AlertEngine engine;
    @Inject
    EntityManager entityManager;

    @Test
    void raisesOneRagRedAlertAndResolvesItWhenALaterReportIsGreen() {
        UUID project = activeProject();
        report(project, TODAY.minusDays(1), "RED");
        awaitKpis(project, response -> response.body("rag", is("RED")));

        engine.evaluate();
        engine.evaluate();

        String id = alerts(project, "RAG_RED").body("total", is(1), "items[0].status", is("OPEN"),
                "items[0].subjectId", is(project.toString()), "items[0].projectId", is(project.toString()),
                "items[0].message", containsString("RED"), "items[0].value", nullValue())
                .extract().path("items[0].id");

        report(project, TODAY, "GREEN");
        awaitKpis(project, response -> response.body("rag", is("GREEN")));
        engine.evaluate();

        Api.as(TEAM_MEMBER).get(ALERTS + "/" + id).then().statusCode(200).body("status", is("RESOLVED"));
        alerts(project, "RAG_RED").body("total", is(1));
    }

    @Test
    void raisesAnSpiAlertWhileNothingIsDoneAndResolvesItWhenAMilestoneCompletes() {
        // Half the planned time has gone: PV = 5000; EV = 0 until the first of two equal milestones is done.
        UUID project = plannedProject(TODAY.minusDays(10), TODAY.plusDays(10));
        UUID first = milestone(project, TODAY.plusDays(5));
        milestone(project, TODAY.plusDays(8));
        awaitKpis(project, response -> response.body("schedule.milestonesTotal", is(2), "earnedValue.spi", is(0.0f)));

        engine.evaluate();
        engine.evaluate();

        String id = alerts(project, "SPI_BELOW_THRESHOLD").body("total", is(1), "items[0].status", is("OPEN"),
                "items[0].subjectId", is(project.toString()), "items[0].value", is(0),
                "items[0].threshold", is(0.9f), "items[0].message", containsString("SPI 0.000"))
                .extract().path("items[0].id");
        // No cost is booked, so CPI and budget burn cannot be judged: neither raises anything.
        alerts(project, "CPI_BELOW_THRESHOLD").body("total", is(0));
        alerts(project, "BUDGET_BURN_AHEAD_OF_PROGRESS").body("total", is(0));

        complete(project, first, TODAY.plusDays(5), TODAY.minusDays(1));
        awaitKpis(project, response -> response.body("earnedValue.spi", is(1.0f)));
        engine.evaluate();

        Api.as(TEAM_MEMBER).get(ALERTS + "/" + id).then().statusCode(200).body("status", is("RESOLVED"));
    }

    @Test
    void raisesOneAlertPerOverdueMilestoneAndResolvesEachWhenItIsDone() {
        UUID project = activeProject();
        UUID late = milestone(project, TODAY.minusDays(3));
        UUID later = milestone(project, TODAY.minusDays(1));
        milestone(project, TODAY); // due today: not overdue yet
        awaitKpis(project, response -> response.body("schedule.overdue", is(2)));

        engine.evaluate();
        engine.evaluate();

        alerts(project, "MILESTONE_OVERDUE").body("total", is(2),
                "items.subjectId", containsInAnyOrder(late.toString(), later.toString()),
                "items.projectId", everyItem(is(project.toString())), "items.status", everyItem(is("OPEN")),
                "items.find { it.subjectId == '" + late + "' }.value", is(3));

        complete(project, late, TODAY.minusDays(3), TODAY);
        awaitKpis(project, response -> response.body("schedule.overdue", is(1)));
        engine.evaluate();

        alerts(project, "MILESTONE_OVERDUE").body("total", is(2),
                "items.find { it.subjectId == '" + late + "' }.status", is("RESOLVED"),
                "items.find { it.subjectId == '" + later + "' }.status", is("OPEN"));
    }

    @Test
    void raisesAnAlertSoonAfterTheProjectEventThatBreachesTheRule() {
        UUID project = activeProject();
        report(project, TODAY, "RED");

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> alerts(project, "RAG_RED")
                .body("total", is(1), "items[0].status", is("OPEN")));
    }

    @Test
    void resolvesTheAlertsOfAProjectPutOnHoldSoonAfterItsStatusChange() {
        UUID project = activeProject();
        report(project, TODAY.minusDays(1), "RED");
        awaitKpis(project, response -> response.body("rag", is("RED")));
        engine.evaluate();
        alerts(project, "RAG_RED").body("items[0].status", is("OPEN"));

        // The event alone: the evaluation it triggers judges this project and resolves its alert.
        publish(PROJECT_STATUS_CHANGED, project, project(project, 2, "ON_HOLD"));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> alerts(project, "RAG_RED")
                .body("total", is(1), "items[0].status", is("RESOLVED")));
    }

    @Test
    void anEvaluationOfSomeProjectsLeavesTheAlertsOfOthersAsTheyAre() {
        UUID judged = activeProject();
        UUID other = activeProject();
        report(judged, TODAY.minusDays(1), "RED");
        report(other, TODAY.minusDays(1), "RED");
        awaitKpis(judged, response -> response.body("rag", is("RED")));
        awaitKpis(other, response -> response.body("rag", is("RED")));
        engine.evaluate();
        // The other project's report turns GREEN behind the consumer's back, so no evaluation of it follows.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update project_status_report set overall = 'GREEN' where project_id = :project")
                .setParameter("project", other).executeUpdate());

        engine.evaluateProjects(Set.of(judged));

        alerts(judged, "RAG_RED").body("total", is(1), "items[0].status", is("OPEN"));
        alerts(other, "RAG_RED").body("total", is(1), "items[0].status", is("OPEN"));
        engine.evaluate();
        alerts(other, "RAG_RED").body("total", is(1), "items[0].status", is("RESOLVED"));
    }

    @Test
    void filtersAlertsByEachProjectRule() {
        for (String rule : new String[] { "RAG_RED", "CPI_BELOW_THRESHOLD", "SPI_BELOW_THRESHOLD",
                "BUDGET_BURN_AHEAD_OF_PROGRESS", "MILESTONE_OVERDUE" }) {
            Api.as(TEAM_MEMBER).queryParam("rule", rule).get(ALERTS).then().statusCode(200)
                    .body("items.rule", everyItem(is(rule)));
        }
        Api.as(ADMIN).queryParam("rule", "RAG_AMBER").get(ALERTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("rule"), "errors[0].message", allOf(containsString("RAG_RED"),
                        containsString("MILESTONE_OVERDUE"), containsString("BUDGET_BURN_AHEAD_OF_PROGRESS")));
    }

    private static ValidatableResponse alerts(UUID project, String rule) {
        return Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).queryParam("rule", rule)
                .get(ALERTS).then().statusCode(200);
    }

    private static UUID activeProject() {
        UUID project = UUID.randomUUID();
        publish(PROJECT_CREATED, project, project(project, 1, "ACTIVE"));
        return project;
    }

    private static UUID plannedProject(LocalDate start, LocalDate end) {
        UUID project = UUID.randomUUID();
        ObjectNode payload = project(project, 1, "ACTIVE");
        state(payload).put("plannedStart", start.toString()).put("plannedEnd", end.toString());
        ((ObjectNode) state(payload).get("budget")).put("amount", "10000.00");
        publish(PROJECT_CREATED, project, payload);
        return project;
    }

    private static UUID milestone(UUID project, LocalDate due) {
        UUID id = UUID.randomUUID();
        ObjectNode payload = fact(MILESTONE_CREATED, project, id, 1);
        state(payload).put("weight", 1).put("status", "PLANNED").put("dueDate", due.toString()).putNull("completedOn");
        publish(MILESTONE_CREATED, project, payload);
        return id;
    }

    private static void complete(UUID project, UUID milestone, LocalDate due, LocalDate completedOn) {
        ObjectNode payload = fact(MILESTONE_COMPLETED, project, milestone, 2);
        state(payload).put("weight", 1).put("status", "DONE").put("dueDate", due.toString())
                .put("completedOn", completedOn.toString());
        publish(MILESTONE_COMPLETED, project, payload);
    }

    private static void report(UUID project, LocalDate asOf, String overall) {
        ObjectNode payload = fact(STATUS_REPORT_POSTED, project, UUID.randomUUID(), 1);
        state(payload).put("asOf", asOf.toString()).put("overall", overall).put("createdAt", asOf + "T16:00:00Z");
        publish(STATUS_REPORT_POSTED, project, payload);
    }

    private static void awaitKpis(UUID project, Consumer<ValidatableResponse> expectations) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> expectations.accept(
                Api.as(HEAD_OF_DELIVERY).get(KPIS + project).then().statusCode(200)));
    }
}
