package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.projects.milestone.Milestone;
import io.deliveryhub.projects.milestone.MilestoneStatus;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectTransitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEW = "/api/v1/projects/{id}/closure-review";

    private static io.restassured.response.Response move(String role, String id, String to) {
        return ProjectStaff.as(role).body(Map.of("to", to, "reason", "because " + to)).post("/api/v1/projects/{id}/transitions", id);
    }

    @Test
    void takesAProjectThroughItsWholeLifecycle() throws Exception {
        String id = Fixtures.newReadyProject();
        UUID pm = ProjectStaff.PROJECT_MANAGER_ID;

        Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)).body(Map.of("to", "PLANNING", "reason", "SOW signed"))
                .post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("status", is("PLANNING"), "version", is(2));

        JsonNode changed = JSON.readTree(PublishedEvents.await(id, ProjectService.STATUS_CHANGED).value());
        assertThat(changed.at("/changes/status/from").asText()).isEqualTo("PROPOSED");
        assertThat(changed.at("/changes/status/to").asText()).isEqualTo("PLANNING");
        assertThat(changed.get("reason").asText()).isEqualTo("SOW signed");
        assertThat(changed.get("actor").asText()).isEqualTo("person-" + pm);
        assertThat(changed.at("/state/status").asText()).isEqualTo("PLANNING");
        assertThat(changed.get("version").asInt()).isEqualTo(2);

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}/baselines", id).then().body("total", is(0));
        move(PROJECT_MANAGER, id, "ACTIVE").then().statusCode(200).body("status", is("ACTIVE"));
        move(PROJECT_MANAGER, id, "ON_HOLD").then().statusCode(200);
        move(PROJECT_MANAGER, id, "ACTIVE").then().statusCode(200);
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}/baselines", id)
                .then().statusCode(200)
                .body("total", is(1), "items[0].version", is(1), "items[0].plannedStart", is("2026-03-02"),
                        "items[0].plannedEnd", is("2026-09-30"), "items[0].budget.amount", is("250000.00"),
                        "items[0].budgetHours", is(2400.0f), "items[0].changeRequestId", nullValue(),
                        "items[0].reason", containsString("because ACTIVE"));

        move(PROJECT_MANAGER, id, "COMPLETED").then().statusCode(200);
        move(PROJECT_MANAGER, id, "CLOSED").then().statusCode(409)
                .body("type", endsWith("/transition-guard"), "missing", contains("closureReview"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("lessonsLearned", "Demo weekly", "whatWentWell", "Team"))
                .put(REVIEW, id).then().statusCode(201).body("lessonsLearned", is("Demo weekly"), "version", is(1));
        move(PROJECT_MANAGER, id, "CLOSED").then().statusCode(200).body("status", is("CLOSED"), "version", is(7));

        List<String> statuses = PublishedEvents.await(id, ProjectService.STATUS_CHANGED, 6).stream()
                .map(r -> read(r.value()).at("/changes/status/to").asText()).toList();
        assertThat(statuses).containsExactly("PLANNING", "ACTIVE", "ON_HOLD", "ACTIVE", "COMPLETED", "CLOSED");
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}/history", id).then()
                .body("items.type", hasItems("deliveryhub.project.baseline-changed.v1",
                        "deliveryhub.project.closure-review-recorded.v1"),
                        "items[0].type", is("deliveryhub.project.status-changed.v1"));
    }

    @Test
    void recordsBaselineVersionOneAtActivationWithItsEvent() throws Exception {
        String id = Fixtures.newActiveProject();
        String baselineId = Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", id).then().extract().path("items[0].id");

        JsonNode event = JSON.readTree(PublishedEvents.await(baselineId, "deliveryhub.project.baseline-changed.v1").value());
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.at("/state/projectId").asText()).isEqualTo(id);
        assertThat(event.at("/state/budget/amount").asText()).isEqualTo("250000.00");
        assertThat(event.get("reason").asText()).contains("activation");
    }

    @Test
    void refusesActivationNamingWhatIsMissing() {
        String id = Fixtures.newProject();
        Fixtures.transition(id, "PLANNING");
        int version = Api.as(ADMIN).get("/api/v1/projects/{id}", id).then().extract().path("version");
        Api.as(ADMIN).contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"")
                .body("{\"budget\":null,\"plannedEnd\":null,\"projectManagerId\":null}").patch("/api/v1/projects/{id}", id)
                .then().statusCode(200);

        move(DELIVERY_MANAGER, id, "ACTIVE").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/transition-guard"),
                        "missing", contains("projectManagerId", "plannedEnd", "budget"),
                        "from", is("PLANNING"), "to", is("ACTIVE"),
                        "detail", containsString("projectManagerId, plannedEnd, budget"));
        Api.as(ADMIN).get("/api/v1/projects/{id}", id).then().body("status", is("PLANNING"));
        Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", id).then().body("total", is(0));
    }

    @Test
    void refusesATransitionOutsideTheTable() {
        String id = Fixtures.newReadyProject();
        move(ADMIN, id, "ACTIVE").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"), "detail", containsString("[PLANNING, CANCELLED]"));
        move(ADMIN, id, "PROPOSED").then().statusCode(409).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void completionWaitsForEveryMilestone() {
        String id = Fixtures.newActiveProject();
        UUID open = milestone(id, MilestoneStatus.IN_PROGRESS);
        milestone(id, MilestoneStatus.DONE);
        milestone(id, MilestoneStatus.WAIVED);

        move(PROJECT_MANAGER, id, "COMPLETED").then().statusCode(409)
                .body("type", endsWith("/transition-guard"), "missing", contains("milestones"),
                        "detail", containsString("1 milestone(s)"));

        QuarkusTransaction.requiringNew().run(() -> {
            Milestone milestone = Milestone.findById(open);
            milestone.status = MilestoneStatus.DONE;
            milestone.completedOn = LocalDate.of(2026, 6, 1);
        });
        move(PROJECT_MANAGER, id, "COMPLETED").then().statusCode(200).body("status", is("COMPLETED"));
    }

    @Test
    void onlyDeliveryManagementMayCancel() {
        String id = Fixtures.newReadyProject();
        move(PROJECT_MANAGER, id, "CANCELLED").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("CANCELLED"));
        move(ADMIN, id, "CANCELLED").then().statusCode(403);
        move(HEAD_OF_DELIVERY, id, "CANCELLED").then().statusCode(200).body("status", is("CANCELLED"));
        move(DELIVERY_MANAGER, id, "CANCELLED").then().statusCode(409).body("detail", containsString("final"));
    }

    @Test
    void refusesABadTransitionRequest() {
        String id = Fixtures.newReadyProject();
        Api.as(ADMIN).body(Map.of("to", "PLANNING")).post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(400).body("errors[0].field", is("reason"));
        Api.as(ADMIN).body(Map.of("to", "PLANNING", "reason", " ")).post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(400).body("errors[0].field", is("reason"));
        Api.as(ADMIN).body(Map.of("to", "DREAMING", "reason", "x")).post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).body(Map.of("reason", "x")).post("/api/v1/projects/{id}/transitions", id)
                .then().statusCode(400).body("errors[0].field", is("to"));
        move(ADMIN, "NOPE-404", "PLANNING").then().statusCode(404);
        move(DELIVERY_LEAD, id, "PLANNING").then().statusCode(403);
        move(INTEGRATION_CRM, id, "PLANNING").then().statusCode(403);
    }

    @Test
    void closureReviewIsForCompletedProjectsAndCanBeReplaced() throws Exception {
        String id = Fixtures.newActiveProject();
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("lessonsLearned", "Too early")).put(REVIEW, id)
                .then().statusCode(409).body("type", endsWith("/closure-review-not-open"),
                        "detail", containsString("ACTIVE"));
        Api.as(TEAM_MEMBER).get(REVIEW, id).then().statusCode(404);

        Fixtures.transition(id, "COMPLETED");
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("lessonsLearned", "First draft")).put(REVIEW, id).then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("lessonsLearned", "Final", "whatToImprove", "Estimates"))
                .put(REVIEW, id).then().statusCode(200).header("ETag", "\"2\"").body("version", is(2));
        Api.as(TEAM_MEMBER).get(REVIEW, id).then().statusCode(200)
                .body("lessonsLearned", is("Final"), "whatToImprove", is("Estimates"), "whatWentWell", nullValue());

        List<JsonNode> events = PublishedEvents.await(id, "deliveryhub.project.closure-review-recorded.v1", 2)
                .stream().map(r -> read(r.value())).toList();
        assertThat(events.get(1).at("/changes/lessonsLearned/from").asText()).isEqualTo("First draft");

        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("whatWentWell", "x")).put(REVIEW, id)
                .then().statusCode(400).body("errors[0].field", is("lessonsLearned"));
        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("lessonsLearned", "x")).put(REVIEW, id).then().statusCode(403);
        Fixtures.transition(id, "CLOSED");
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("lessonsLearned", "After")).put(REVIEW, id).then().statusCode(409);
    }

    @Test
    void baselinesAndClosureReviewAnswer404ForAnUnknownProjectAndAreNotForIntegrations() {
        Api.as(TEAM_MEMBER).get("/api/v1/projects/NOPE-404/baselines").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        Api.as(TEAM_MEMBER).get(REVIEW, "NOPE-404").then().statusCode(404);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("lessonsLearned", "x")).put(REVIEW, "NOPE-404").then().statusCode(404);
        String id = Fixtures.newReadyProject();
        Api.as(INTEGRATION_CRM).get("/api/v1/projects/{id}/baselines", id).then().statusCode(403);
        Api.as(ADMIN).queryParam("size", 501).get("/api/v1/projects/{id}/baselines", id).then().statusCode(400)
                .body("errors[0].field", is("size"));
    }

    private static UUID milestone(String projectId, MilestoneStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Milestone milestone = new Milestone();
            milestone.stampCreated(Instant.now());
            milestone.projectId = UUID.fromString(projectId);
            milestone.name = "M " + status;
            milestone.dueDate = LocalDate.of(2026, 6, 1);
            milestone.weight = BigDecimal.ONE;
            milestone.status = status;
            milestone.completedOn = status == MilestoneStatus.DONE ? LocalDate.of(2026, 5, 30) : null;
            milestone.persist();
            return milestone.id;
        });
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
