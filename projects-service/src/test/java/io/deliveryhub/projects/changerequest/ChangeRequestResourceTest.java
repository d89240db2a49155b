package io.deliveryhub.projects.changerequest;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeRequestResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRS = "/api/v1/projects/{id}/change-requests";

    private static Map<String, Object> change(String amount, int days) {
        return Map.of("title", "Extra scope", "scope", "Add SCA to payments",
                "budgetDelta", Map.of("amount", amount, "currency", "EUR"), "budgetHoursDelta", 120,
                "scheduleDeltaDays", days);
    }

    private static String submit(String projectId, Map<String, Object> body) {
        return ProjectStaff.as(PROJECT_MANAGER).body(body).post(CRS, projectId).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response decide(String role, String projectId, String crId, String decision) {
        return ProjectStaff.as(role).body(Map.of("decision", decision, "reason", "decided " + decision))
                .post(CRS + "/{cr}/decision", projectId, crId);
    }

    @Test
    void submitsAChangeRequestAndPublishesIt() throws Exception {
        String projectId = Fixtures.newActiveProject();
        String location = ProjectStaff.as(PROJECT_MANAGER).body(change("15000.00", 14)).post(CRS, projectId)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("status", is("SUBMITTED"), "budgetDelta.amount", is("15000.00"), "scheduleDeltaDays", is(14),
                        "budgetHoursDelta", is(120), "projectId", is(projectId), "submittedBy", startsWith("person-"))
                .extract().header("Location");
        String crId = Api.as(TEAM_MEMBER).get(location).then().statusCode(200).extract().path("id");

        JsonNode event = JSON.readTree(PublishedEvents.await(crId, ChangeRequestService.SUBMITTED).value());
        assertThat(event.at("/state/title").asText()).isEqualTo("Extra scope");
        ProjectStaff.as(DELIVERY_LEAD).queryParam("status", "SUBMITTED").get(CRS, projectId)
                .then().statusCode(200).body("total", is(1), "items[0].id", is(crId));
    }

    @Test
    void approvalMovesThePlanAndRecordsTheNextBaselineInOneGo() throws Exception {
        String projectId = Fixtures.newActiveProject();
        String crId = submit(projectId, change("15000.00", 14));

        decide(DELIVERY_MANAGER, projectId, crId, "APPROVED").then().statusCode(200)
                .body("status", is("APPROVED"), "baselineVersion", is(2), "decisionReason", is("decided APPROVED"),
                        "decidedBy", startsWith("person-"), "decidedAt", notNullValue(), "version", is(2));

        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("budget.amount", is("265000.00"), "plannedEnd", is("2026-10-14"), "budgetHours", is(2520.0f));
        Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", projectId).then()
                .body("total", is(2), "items[0].version", is(2), "items[0].changeRequestId", is(crId),
                        "items[0].budget.amount", is("265000.00"), "items[0].plannedEnd", is("2026-10-14"),
                        "items[1].version", is(1), "items[1].budget.amount", is("250000.00"));

        JsonNode decided = JSON.readTree(PublishedEvents.await(crId, ChangeRequestService.DECIDED).value());
        assertThat(decided.at("/changes/status/to").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("reason").asText()).isEqualTo("decided APPROVED");
        JsonNode updated = JSON.readTree(PublishedEvents.await(projectId, "deliveryhub.project.updated.v1").value());
        assertThat(updated.at("/changes/budget/from/amount").asText()).isEqualTo("250000.00");
        assertThat(updated.at("/changes/plannedEnd/to").asText()).isEqualTo("2026-10-14");
        assertThat(updated.get("reason").asText()).contains("Extra scope");
        String baselineId = Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", projectId).then().extract()
                .path("items[0].id");
        JsonNode baseline = JSON.readTree(PublishedEvents.await(baselineId, "deliveryhub.project.baseline-changed.v1").value());
        assertThat(baseline.get("version").asInt()).isEqualTo(2);
        assertThat(baseline.at("/changes/plannedEnd/from").asText()).isEqualTo("2026-09-30");
        assertThat(baseline.at("/changes").has("reason")).isFalse();
    }

    @Test
    void approvalBeforeActivationChangesTheProjectAndBaselineOneIncludesIt() {
        String projectId = Fixtures.newReadyProject();
        String crId = submit(projectId, change("-50000.00", -30));
        decide(HEAD_OF_DELIVERY, projectId, crId, "APPROVED").then().statusCode(200)
                .body("baselineVersion", nullValue());
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("budget.amount", is("200000.00"), "plannedEnd", is("2026-08-31"));

        Fixtures.transition(projectId, "PLANNING");
        Fixtures.transition(projectId, "ACTIVE");
        Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", projectId).then()
                .body("total", is(1), "items[0].budget.amount", is("200000.00"), "items[0].plannedEnd", is("2026-08-31"));
    }

    @Test
    void rejectionAndWithdrawalChangeNothingButTheRequest() {
        String projectId = Fixtures.newActiveProject();
        String rejected = submit(projectId, change("1000.00", 1));
        String withdrawn = submit(projectId, change("1000.00", 1));
        decide(DELIVERY_MANAGER, projectId, rejected, "REJECTED").then().statusCode(200).body("status", is("REJECTED"));
        decide(PROJECT_MANAGER, projectId, withdrawn, "WITHDRAWN").then().statusCode(200).body("status", is("WITHDRAWN"));

        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then().body("budget.amount", is("250000.00"));
        Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", projectId).then().body("total", is(1));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        String projectId = Fixtures.newActiveProject();
        String crId = submit(projectId, change("1000.00", 0));
        decide(DELIVERY_MANAGER, projectId, crId, "APPROVED").then().statusCode(200);

        decide(DELIVERY_MANAGER, projectId, crId, "REJECTED").then().statusCode(409)
                .body("type", endsWith("/change-request-decided"), "status", is("APPROVED"));
        decide(PROJECT_MANAGER, projectId, crId, "WITHDRAWN").then().statusCode(409);
        Api.as(ADMIN).get("/api/v1/projects/{id}/baselines", projectId).then().body("total", is(2));
    }

    @Test
    void onlyDeliveryManagementApprovesOrRejects() {
        String projectId = Fixtures.newActiveProject();
        String crId = submit(projectId, change("1000.00", 0));
        decide(PROJECT_MANAGER, projectId, crId, "APPROVED").then().statusCode(403).contentType("application/problem+json");
        decide(ADMIN, projectId, crId, "REJECTED").then().statusCode(403);
        decide(TEAM_MEMBER, projectId, crId, "WITHDRAWN").then().statusCode(403);
        Api.as(TEAM_MEMBER).body(change("1.00", 0)).post(CRS, projectId).then().statusCode(403);
        ProjectStaff.as(DELIVERY_LEAD).get(CRS + "/{cr}", projectId, crId).then().statusCode(200).body("status", is("SUBMITTED"));
    }

    @Test
    void refusesAnApprovalThatWouldBreakThePlan() {
        String projectId = Fixtures.newActiveProject();
        String crId = submit(projectId, change("-250000.01", 0));
        decide(DELIVERY_MANAGER, projectId, crId, "APPROVED").then().statusCode(409)
                .body("type", endsWith("/change-not-applicable"), "detail", containsString("-0.01"));
        Api.as(ADMIN).get(CRS + "/{cr}", projectId, crId).then().body("status", is("SUBMITTED"));
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then().body("budget.amount", is("250000.00"));
    }

    @Test
    void refusesBadSubmissions() {
        String projectId = Fixtures.newActiveProject();
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("scope", "x")).post(CRS, projectId)
                .then().statusCode(400).body("errors[0].field", is("title"));
        Map<String, Object> usd = new HashMap<>(change("10.00", 0));
        usd.put("budgetDelta", Map.of("amount", "10.00", "currency", "USD"));
        ProjectStaff.as(PROJECT_MANAGER).body(usd).post(CRS, projectId)
                .then().statusCode(422).body("type", endsWith("/currency-mismatch"), "detail", containsString("USD"));
        Map<String, Object> precise = new HashMap<>(change("10.001", 0));
        ProjectStaff.as(PROJECT_MANAGER).body(precise).post(CRS, projectId)
                .then().statusCode(400).body("errors[0].field", is("budgetDelta.amount"));
        Map<String, Object> far = new HashMap<>(change("10.00", 0));
        far.put("scheduleDeltaDays", 5000);
        ProjectStaff.as(PROJECT_MANAGER).body(far).post(CRS, projectId)
                .then().statusCode(400).body("errors[0].field", is("scheduleDeltaDays"));
        ProjectStaff.as(PROJECT_MANAGER).body(change("10.00", 0)).post(CRS, "NOPE-404").then().statusCode(404);
        Api.as(ADMIN).get(CRS + "/{cr}", projectId, UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).get(CRS + "/{cr}", Fixtures.newProject(), submit(projectId, change("1.00", 0)))
                .then().statusCode(404);
        Api.as(ADMIN).queryParam("status", "MAYBE").get(CRS, projectId).then().statusCode(400)
                .body("errors[0].field", is("status"));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("decision", "SUBMITTED", "reason", "x"))
                .post(CRS + "/{cr}/decision", projectId, submit(projectId, change("1.00", 0)))
                .then().statusCode(400).body("errors[0].field", is("decision"));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("decision", "APPROVED"))
                .post(CRS + "/{cr}/decision", projectId, submit(projectId, change("1.00", 0)))
                .then().statusCode(400).body("errors[0].field", is("reason"));
    }

    @Test
    void refusesChangeRequestsOnAFinishedProject() {
        String projectId = Fixtures.newActiveProject();
        String crId = submit(projectId, change("1.00", 0));
        Fixtures.transition(projectId, "COMPLETED");
        ProjectStaff.as(PROJECT_MANAGER).body(change("1.00", 0)).post(CRS, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        decide(DELIVERY_MANAGER, projectId, crId, "APPROVED").then().statusCode(409)
                .body("type", endsWith("/project-ended"));
        decide(DELIVERY_MANAGER, projectId, crId, "REJECTED").then().statusCode(200);
    }
}
