package io.deliveryhub.projects.raid;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RaidResourceTest {

    private static final String RAID = "/api/v1/projects/{p}/raid";
    private static final String ITEM = RAID + "/{i}";

    static Map<String, Object> item(String type, int probability, int impact) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", type + " " + probability + "x" + impact);
        body.put("probability", probability);
        body.put("impact", impact);
        body.put("owner", "Jane Doe");
        body.put("mitigation", "Talk to the client");
        body.put("dueDate", "2026-03-20");
        return body;
    }

    @Test
    void raisesAScoredItem() {
        String projectId = Fixtures.newProject();
        String location = ProjectStaff.as(DELIVERY_LEAD).body(item("ISSUE", 3, 4)).post(RAID, projectId)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("type", is("ISSUE"), "score", is(12), "status", is("OPEN"), "escalationLevel", is("PROJECT"),
                        "owner", is("Jane Doe"), "dueDate", is("2026-03-20"))
                .extract().header("Location");
        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("score", is(12));
    }

    @Test
    void escalatesAHighRiskOnCreateAndUpdateButNeverLowersAnExplicitLevel() {
        String projectId = Fixtures.newProject();
        ProjectStaff.as(PROJECT_MANAGER).body(item("RISK", 4, 4)).post(RAID, projectId).then().statusCode(201)
                .body("score", is(16), "escalationLevel", is("DELIVERY_MANAGER"));

        String riskId = ProjectStaff.as(PROJECT_MANAGER).body(item("RISK", 2, 5)).post(RAID, projectId).then().statusCode(201)
                .body("escalationLevel", is("PROJECT")).extract().path("id");
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("probability", 3)).patch(ITEM, projectId, riskId)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("score", is(15), "escalationLevel", is("DELIVERY_MANAGER"));

        Map<String, Object> top = item("RISK", 5, 5);
        top.put("escalationLevel", "HEAD_OF_DELIVERY");
        ProjectStaff.as(PROJECT_MANAGER).body(top).post(RAID, projectId).then().statusCode(201)
                .body("escalationLevel", is("HEAD_OF_DELIVERY"));
    }

    @Test
    void doesNotEscalateAMitigatedRisk() {
        Map<String, Object> body = item("RISK", 5, 4);
        body.put("status", "MITIGATED");
        ProjectStaff.as(PROJECT_MANAGER).body(body).post(RAID, Fixtures.newProject()).then().statusCode(201)
                .body("escalationLevel", is("PROJECT"));
    }

    @Test
    void listsWorstFirstFilteredByTypeStatusAndMinScore() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(item("RISK", 2, 2)).post(RAID, projectId).then().statusCode(201);
        Api.as(ADMIN).body(item("RISK", 5, 4)).post(RAID, projectId).then().statusCode(201);
        Api.as(ADMIN).body(item("ISSUE", 3, 3)).post(RAID, projectId).then().statusCode(201);

        Api.as(TEAM_MEMBER).get(RAID, projectId).then().statusCode(200)
                .body("total", is(3), "items.score", contains(20, 9, 4));
        Api.as(TEAM_MEMBER).queryParam("type", "RISK").queryParam("minScore", 5).get(RAID, projectId)
                .then().statusCode(200).body("total", is(1), "items[0].score", is(20));
        Api.as(TEAM_MEMBER).queryParam("status", "CLOSED").get(RAID, projectId).then().statusCode(200).body("total", is(0));
        Api.as(TEAM_MEMBER).queryParam("sort", "score,asc").get(RAID, projectId).then().statusCode(200)
                .body("items.score", contains(4, 9, 20));
    }

    @Test
    void refusesBadFiltersAndBodies() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).queryParam("type", "RUMOUR").get(RAID, projectId).then().statusCode(400).body("errors[0].field", is("type"));
        Api.as(ADMIN).queryParam("minScore", "high").get(RAID, projectId).then().statusCode(400).body("errors[0].field", is("minScore"));
        Api.as(ADMIN).queryParam("minScore", 26).get(RAID, projectId).then().statusCode(400).body("errors[0].field", is("minScore"));
        Api.as(ADMIN).body(item("RISK", 6, 1)).post(RAID, projectId).then().statusCode(400)
                .body("errors[0].field", containsString("probability"));
        Map<String, Object> untitled = item("RISK", 1, 1);
        untitled.remove("title");
        Api.as(ADMIN).body(untitled).post(RAID, projectId).then().statusCode(400).body("errors[0].field", containsString("title"));
    }

    @Test
    void patchesWithIfMatchOnly() {
        String projectId = Fixtures.newProject();
        String itemId = Api.as(ADMIN).body(item("DEPENDENCY", 2, 2)).post(RAID, projectId).then().statusCode(201)
                .extract().path("id");
        Api.as(ADMIN).body(Map.of("status", "RESOLVED")).patch(ITEM, projectId, itemId).then().statusCode(428);
        Api.as(ADMIN).header("If-Match", "\"3\"").body(Map.of("status", "RESOLVED")).patch(ITEM, projectId, itemId)
                .then().statusCode(412);
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("score", 25)).patch(ITEM, projectId, itemId)
                .then().statusCode(400).body("errors[0].field", is("score"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("impact", 9)).patch(ITEM, projectId, itemId)
                .then().statusCode(400).body("errors[0].field", containsString("impact"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body("{\"status\": ").patch(ITEM, projectId, itemId)
                .then().statusCode(400).contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_LEAD).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"RESOLVED\",\"mitigation\":null}").patch(ITEM, projectId, itemId)
                .then().statusCode(200).body("status", is("RESOLVED"), "mitigation", nullValue(), "version", is(2));
    }

    @Test
    void refusesNewAndChangedItemsOnACancelledProject() {
        String projectId = Fixtures.newProject();
        String itemId = ProjectStaff.as(PROJECT_MANAGER).body(item("RISK", 3, 4)).post(RAID, projectId)
                .then().statusCode(201).extract().path("id");
        ProjectParts.cancel(projectId);
        ProjectStaff.as(PROJECT_MANAGER).body(item("ISSUE", 2, 2)).post(RAID, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"), "detail", containsString("RAID"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("status", "CLOSED")).patch(ITEM, projectId, itemId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(TEAM_MEMBER).get(ITEM, projectId, itemId).then().statusCode(200);
    }

    @Test
    void answers404AndRefusesWrongCallers() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).get(ITEM, projectId, UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).body(item("RISK", 1, 1)).post(RAID, "NO-SUCH-PROJECT").then().statusCode(404);
        Api.anonymous().get(RAID, projectId).then().statusCode(401);
        Api.as(TEAM_MEMBER).body(item("RISK", 1, 1)).post(RAID, projectId).then().statusCode(403);
        Api.as(INTEGRATION_PIPELINES).get(RAID, projectId).then().statusCode(403);
    }
}
