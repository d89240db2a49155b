package io.deliveryhub.projects.template;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectTemplateResourceTest {

    private static final String TEMPLATES = "/api/v1/project-templates";

    static Map<String, Object> template(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Discovery, build, launch");
        body.put("deliveryModel", "FIXED_PRICE");
        body.put("milestones", List.of(
                Map.of("name", "Discovery complete", "offsetDays", 14, "weight", 1, "acceptanceCriteria", "Backlog agreed"),
                Map.of("name", "Launch", "offsetDays", 90, "weight", 3)));
        body.put("raidEntries", List.of(
                Map.of("type", "RISK", "title", "Client SME availability", "probability", 3, "impact", 4),
                Map.of("type", "RISK", "title", "Fixed scope creep", "probability", 4, "impact", 4,
                        "mitigation", "Change requests for everything new")));
        return body;
    }

    static String newTemplate() {
        return Api.as(ADMIN).body(template("Template " + UUID.randomUUID())).post(TEMPLATES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsReadsChangesAndDeletesATemplate() {
        String name = "Web delivery " + UUID.randomUUID();
        String location = Api.as(PROJECT_MANAGER).body(template(name)).post(TEMPLATES)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("name", is(name), "deliveryModel", is("FIXED_PRICE"), "milestones", hasSize(2),
                        "milestones[1].offsetDays", is(90), "raidEntries[0].title", is("Client SME availability"))
                .extract().header("Location");
        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("milestones[0].name", is("Discovery complete"));
        Api.as(TEAM_MEMBER).queryParam("q", name).get(TEMPLATES).then().statusCode(200).body("total", is(1));

        Api.as(PROJECT_MANAGER).header("If-Match", "\"1\"")
                .body(Map.of("description", "With hypercare", "raidEntries", List.of()))
                .patch(location).then().statusCode(200).header("ETag", "\"2\"")
                .body("description", is("With hypercare"), "raidEntries", empty(), "milestones", hasSize(2));

        Api.as(PROJECT_MANAGER).header("If-Match", "\"1\"").delete(location).then().statusCode(412);
        Api.as(PROJECT_MANAGER).header("If-Match", "\"2\"").delete(location).then().statusCode(204);
        Api.as(TEAM_MEMBER).get(location).then().statusCode(404);
    }

    @Test
    void refusesADuplicateNameAndBadContent() {
        String name = "Duplicate " + UUID.randomUUID();
        Api.as(ADMIN).body(template(name)).post(TEMPLATES).then().statusCode(201);
        Api.as(ADMIN).body(template(name.toUpperCase())).post(TEMPLATES).then().statusCode(409)
                .body("type", endsWith("/duplicate-template-name"));

        Map<String, Object> bad = template("Bad " + UUID.randomUUID());
        bad.put("milestones", List.of(Map.of("name", "No offset", "weight", 1)));
        Api.as(ADMIN).body(bad).post(TEMPLATES).then().statusCode(400)
                .body("errors[0].field", containsString("offsetDays"));
        bad.put("milestones", List.of());
        bad.put("raidEntries", List.of(Map.of("type", "RISK", "title", "x", "probability", 9, "impact", 1)));
        Api.as(ADMIN).body(bad).post(TEMPLATES).then().statusCode(400)
                .body("errors[0].field", containsString("probability"));
        bad.put("raidEntries", List.of());
        bad.put("deliveryModel", "BARTER");
        Api.as(ADMIN).body(bad).post(TEMPLATES).then().statusCode(400).body("errors[0].field", is("deliveryModel"));
    }

    @Test
    void patchNeedsIfMatch() {
        String id = newTemplate();
        Api.as(ADMIN).body(Map.of("description", "x")).patch(TEMPLATES + "/{id}", id).then().statusCode(428);
        Api.as(ADMIN).header("If-Match", "\"5\"").body(Map.of("description", "x")).patch(TEMPLATES + "/{id}", id)
                .then().statusCode(412);
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "")).patch(TEMPLATES + "/{id}", id)
                .then().statusCode(400).body("errors[0].field", containsString("name"));
    }

    @Test
    void startsAProposedProjectWithMilestonesDueRelativeToItsStartAndTheStandardRaidEntries() {
        String templateId = newTemplate();
        String key = Fixtures.newKey();
        String clientId = Fixtures.newClient();
        String projectId = Api.as(DELIVERY_MANAGER)
                .body(Map.of("key", key, "name", "From template", "clientId", clientId, "plannedStart", "2026-04-06"))
                .post(TEMPLATES + "/{id}/projects", templateId)
                .then().statusCode(201).header("Location", containsString("/api/v1/projects/"))
                .body("key", is(key), "status", is("PROPOSED"), "deliveryModel", is("FIXED_PRICE"), "clientId", is(clientId))
                .extract().path("id");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/milestones", key).then().statusCode(200)
                .body("items.name", contains("Discovery complete", "Launch"),
                        "items.dueDate", contains("2026-04-20", "2026-07-05"), "items.weight", contains(1, 3),
                        "items.status", everyItem(is("PLANNED")));
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/raid", projectId).then().statusCode(200)
                .body("total", is(2), "items[0].title", is("Fixed scope creep"),
                        "items[0].escalationLevel", is("DELIVERY_MANAGER"), "items[1].score", is(12));
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/history", projectId).then().statusCode(200)
                .body("total", is(5), "items.type", hasItems("deliveryhub.project.created.v1",
                        "deliveryhub.milestone.created.v1", "deliveryhub.raid-item.raised.v1"));
    }

    @Test
    void startsNothingWhenTheProjectIsRefused() {
        String templateId = newTemplate();
        String key = Fixtures.newKey();
        Api.as(ADMIN).body(Map.of("key", key, "name", "Ghost", "clientId", UUID.randomUUID().toString(),
                "plannedStart", "2026-04-06")).post(TEMPLATES + "/{id}/projects", templateId)
                .then().statusCode(422).body("type", endsWith("/unknown-client"));
        Api.as(ADMIN).get("/api/v1/projects/{k}", key).then().statusCode(404);

        Api.as(ADMIN).body(Map.of("key", key, "name", "No start", "clientId", Fixtures.newClient()))
                .post(TEMPLATES + "/{id}/projects", templateId)
                .then().statusCode(400).body("errors[0].field", containsString("plannedStart"));
        Api.as(ADMIN).body(Map.of("key", key, "name", "x", "clientId", Fixtures.newClient(), "plannedStart", "2026-04-06"))
                .post(TEMPLATES + "/{id}/projects", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesUnauthenticatedAndUnauthorisedCallers() {
        Api.anonymous().get(TEMPLATES).then().statusCode(401);
        Api.as(DELIVERY_LEAD).body(template("x " + UUID.randomUUID())).post(TEMPLATES).then().statusCode(403);
        Api.as(INTEGRATION_CRM).get(TEMPLATES).then().statusCode(403);
        Api.as(TEAM_MEMBER).header("If-Match", "\"1\"").delete(TEMPLATES + "/{id}", newTemplate()).then().statusCode(403);
    }
}
