package io.deliveryhub.projects.template;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectCloneResourceTest {

    @Test
    void clonesThePlanMovedToTheNewStart() {
        String sourceKey = Fixtures.newKey();
        Api.as(ADMIN).body(Fixtures.project(sourceKey, Fixtures.newClient())).post("/api/v1/projects").then().statusCode(201);
        String kept = ProjectParts.newMilestone(sourceKey);
        ProjectParts.newDeliverable(sourceKey, kept, "UX designs");
        String waived = ProjectParts.newMilestone(sourceKey);
        Api.as(ADMIN).body(Map.of("reason", "dropped")).post("/api/v1/projects/{p}/milestones/{m}/waive", sourceKey, waived)
                .then().statusCode(200);
        Api.as(ADMIN).body(Map.of("type", "RISK", "title", "Open risk", "probability", 2, "impact", 2, "dueDate", "2026-03-10"))
                .post("/api/v1/projects/{p}/raid", sourceKey).then().statusCode(201);
        Api.as(ADMIN).body(Map.of("type", "ISSUE", "title", "Closed issue", "probability", 2, "impact", 2, "status", "CLOSED"))
                .post("/api/v1/projects/{p}/raid", sourceKey).then().statusCode(201);

        String key = Fixtures.newKey();
        // The source starts 2026-03-02; the clone a week later, so every date moves by 7 days.
        String cloneId = ProjectStaff.as(PROJECT_MANAGER).body(Map.of("key", key, "name", "Phase 2", "plannedStart", "2026-03-09"))
                .post("/api/v1/projects/{p}/clone", sourceKey)
                .then().statusCode(201).header("Location", containsString("/api/v1/projects/"))
                .body("key", is(key), "name", is("Phase 2"), "status", is("PROPOSED"),
                        "plannedStart", is("2026-03-09"), "plannedEnd", is("2026-10-07"),
                        "budget.amount", is("250000.00"))
                .extract().path("id");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/milestones", cloneId).then().statusCode(200)
                .body("total", is(1), "items[0].dueDate", is("2026-04-07"), "items[0].status", is("PLANNED"),
                        "items[0].billingAmount.amount", is("25000.00"));
        String milestoneId = Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/milestones", cloneId).then().extract()
                .path("items[0].id");
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/milestones/{m}/deliverables", cloneId, milestoneId)
                .then().statusCode(200).body("items.name", contains("UX designs"), "items[0].reviewStatus", is("DRAFT"));
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/raid", cloneId).then().statusCode(200)
                .body("total", is(1), "items[0].title", is("Open risk"), "items[0].dueDate", is("2026-03-17"));
    }

    @Test
    void keepsTheSourceDatesWithoutANewStart() {
        String sourceId = Fixtures.newProject();
        Api.as(ADMIN).body(Map.of("key", Fixtures.newKey(), "name", "Same dates")).post("/api/v1/projects/{p}/clone", sourceId)
                .then().statusCode(201).body("plannedStart", is("2026-03-02"), "plannedEnd", is("2026-09-30"));
    }

    @Test
    void refusesADuplicateKeyBadInputAnUnknownSourceAndWrongRoles() {
        String sourceKey = Fixtures.newKey();
        Api.as(ADMIN).body(Fixtures.project(sourceKey, Fixtures.newClient())).post("/api/v1/projects").then().statusCode(201);
        Api.as(ADMIN).body(Map.of("key", sourceKey, "name", "Same key")).post("/api/v1/projects/{p}/clone", sourceKey)
                .then().statusCode(409).body("type", endsWith("/duplicate-key"));
        Api.as(ADMIN).body(Map.of("key", "lower", "name", "x")).post("/api/v1/projects/{p}/clone", sourceKey)
                .then().statusCode(400).body("errors[0].field", containsString("key"));
        Api.as(ADMIN).body(Map.of("key", Fixtures.newKey(), "name", "x")).post("/api/v1/projects/{p}/clone", "NO-SUCH")
                .then().statusCode(404);
        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("key", Fixtures.newKey(), "name", "x")).post("/api/v1/projects/{p}/clone", sourceKey)
                .then().statusCode(403);
        Api.anonymous().body(Map.of("key", Fixtures.newKey(), "name", "x")).post("/api/v1/projects/{p}/clone", sourceKey)
                .then().statusCode(401);
    }
}
