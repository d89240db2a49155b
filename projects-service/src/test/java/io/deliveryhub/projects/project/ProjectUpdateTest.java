package io.deliveryhub.projects.project;

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
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectUpdateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification patch(String role) {
        return ProjectStaff.as(role).contentType("application/merge-patch+json");
    }

    @Test
    void onlyThoseTheProjectNamesChangeItAndOnlyDeliveryManagementChangesWhoManagesIt() {
        String id = Fixtures.newReadyProject();
        String path = "/api/v1/projects/{id}";
        String me = ProjectStaff.PROJECT_MANAGER_ID.toString();
        String successor = UUID.randomUUID().toString();

        Api.as(PROJECT_MANAGER).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("name", "Not mine")).patch(path, id)
                .then().statusCode(403).body("type", endsWith("/not-your-project"), "detail", containsString("not yours"));
        patch(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("deliveryManagerId", me)).patch(path, id)
                .then().statusCode(403).body("type", endsWith("/forbidden"), "detail", containsString("deliveryManagerId"));
        patch(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("projectManagerId", successor)).patch(path, id)
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        patch(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("deliveryLeadId", successor)).patch(path, id)
                .then().statusCode(200).body("deliveryLeadId", is(successor), "projectManagerId", is(me));

        patch(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("projectManagerId", successor)).patch(path, id)
                .then().statusCode(200).body("projectManagerId", is(successor));
        patch(PROJECT_MANAGER).header("If-Match", "\"3\"").body(Map.of("name", "Still mine?")).patch(path, id)
                .then().statusCode(403).body("type", endsWith("/not-your-project"));
        Api.as(HEAD_OF_DELIVERY).contentType("application/merge-patch+json").header("If-Match", "\"3\"")
                .body(Map.of("projectManagerId", me)).patch(path, id)
                .then().statusCode(200).body("projectManagerId", is(me), "version", is(4));
    }

    @Test
    void patchesFieldsAgainstTheETagAndPublishesWhatChanged() throws Exception {
        String id = Fixtures.newReadyProject();
        String lead = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>();
        body.put("deliveryLeadId", lead);
        body.put("practice", "Payments");
        body.put("tags", List.of("Priority"));
        body.put("budgetHours", null);

        patch(PROJECT_MANAGER).header("If-Match", "\"1\"").body(body).patch("/api/v1/projects/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("version", is(2), "deliveryLeadId", is(lead), "practice", is("Payments"),
                        "tags", contains("priority"), "budgetHours", nullValue(), "status", is("PROPOSED"),
                        "plannedEnd", is("2026-09-30"));

        JsonNode event = JSON.readTree(PublishedEvents.await(id, ProjectService.PROJECT_UPDATED).value());
        assertThat(event.get("version").asInt()).isEqualTo(2);
        assertThat(event.at("/changes/deliveryLeadId/from").asText()).isEqualTo(ProjectStaff.DELIVERY_LEAD_ID.toString());
        assertThat(event.at("/changes/deliveryLeadId/to").asText()).isEqualTo(lead);
        assertThat(event.at("/changes/budgetHours/from").asDouble()).isEqualTo(2400.0);
        assertThat(event.at("/changes/tags/to/0").asText()).isEqualTo("priority");
        assertThat(event.at("/changes").has("plannedEnd")).isFalse();
        assertThat(event.at("/state/practice").asText()).isEqualTo("Payments");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}/history", id).then()
                .body("items[0].type", is("deliveryhub.project.updated.v1"), "items[0].version", is(2),
                        "items[0].changes.deliveryLeadId.to", is(lead));
    }

    @Test
    void acceptsPlainJsonAsAMergePatch() {
        String id = Fixtures.newReadyProject();
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("name", "Renamed"))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("name", is("Renamed"), "version", is(2));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("budgetHours", 2400.0, "plannedStart", "2026-03-02"))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1));
        Api.as(ADMIN).get("/api/v1/projects/{id}/history", id).then().body("total", is(1));
    }

    @Test
    void refusesAPatchWithoutIfMatch() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).body(Map.of("name", "x")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
    }

    @Test
    void refusesAPatchAgainstAStaleVersion() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "First")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(200);
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "Second")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/stale-version"), "currentVersion", is(2));
        Api.as(ADMIN).get("/api/v1/projects/{id}", id).then().body("name", is("First"));
    }

    @Test
    void refusesToPatchKeyOrStatus() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("key", "NEW-KEY")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("key"), "errors[0].message", is("cannot be changed"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("status", "ACTIVE")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void refusesInvalidValues() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("plannedStart", "soon")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("plannedStart"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", " ")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("name"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("probability", 2)).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("probability"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("plannedEnd", "2026-01-01")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("plannedEnd"));
        patch(ADMIN).header("If-Match", "\"1\"").body("[1]").patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("body"));
        Api.as(ADMIN).get("/api/v1/projects/{id}", id).then().body("version", is(1));
    }

    @Test
    void refusesAnUnknownClientOrAnotherCurrency() {
        String id = Fixtures.newReadyProject();
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("clientId", UUID.randomUUID().toString()))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(422).body("type", endsWith("/unknown-client"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("budget", Map.of("amount", "10.00", "currency", "USD")))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(422).body("type", endsWith("/currency-mismatch"), "detail", containsString("USD"));
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("currency", "USD")).patch("/api/v1/projects/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("currency"), "errors[0].message", is("cannot be changed"));
    }

    @Test
    void aBaselinedPlanChangesOnlyThroughChangeRequests() {
        String id = Fixtures.newActiveProject();
        int version = Api.as(ADMIN).get("/api/v1/projects/{id}", id).then().extract().path("version");
        patch(ADMIN).header("If-Match", "\"" + version + "\"")
                .body(Map.of("budget", Map.of("amount", "300000.00", "currency", "EUR"), "plannedEnd", "2026-12-31"))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(409).body("type", endsWith("/baselined-field"),
                        "fields", contains("plannedEnd", "budget"), "detail", containsString("change request"));

        patch(ADMIN).header("If-Match", "\"" + version + "\"").body(Map.of("tags", List.of("rescue")))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(200).body("tags", contains("rescue"));
    }

    @Test
    void refusesChangesToAFinishedProject() {
        String id = Fixtures.newReadyProject();
        int version = Fixtures.transition(id, "CANCELLED");
        patch(ADMIN).header("If-Match", "\"" + version + "\"").body(Map.of("name", "Too late"))
                .patch("/api/v1/projects/{id}", id)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
    }

    @Test
    void answers404AndRefusesReadOnlyRoles() {
        patch(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "x")).patch("/api/v1/projects/NOPE-404")
                .then().statusCode(404);
        patch(TEAM_MEMBER).header("If-Match", "\"1\"").body(Map.of("name", "x"))
                .patch("/api/v1/projects/{id}", Fixtures.newReadyProject()).then().statusCode(403);
        patch(DELIVERY_LEAD).header("If-Match", "\"1\"").body(Map.of("name", "x"))
                .patch("/api/v1/projects/{id}", Fixtures.newReadyProject()).then().statusCode(403);
    }

    @Test
    void filtersByManagersPracticeTagAndText() {
        String marker = Fixtures.newKey();
        String dm = UUID.randomUUID().toString();
        String pm = UUID.randomUUID().toString();
        String clientId = Fixtures.newClient();
        Map<String, Object> matching = new HashMap<>(Fixtures.project(marker + "-A", clientId));
        matching.putAll(Map.of("deliveryManagerId", dm, "projectManagerId", pm, "practice", "Cloud",
                "tags", List.of("migration", "aws"), "name", "Core banking " + marker));
        Api.as(ADMIN).body(matching).post("/api/v1/projects").then().statusCode(201);
        Map<String, Object> other = new HashMap<>(matching);
        other.putAll(Map.of("key", marker + "-B", "practice", "Data", "tags", List.of("aws"),
                "projectManagerId", UUID.randomUUID().toString()));
        Api.as(ADMIN).body(other).post("/api/v1/projects").then().statusCode(201);

        Api.as(TEAM_MEMBER).queryParam("deliveryManagerId", dm).get("/api/v1/projects")
                .then().statusCode(200).body("total", is(2));
        Api.as(TEAM_MEMBER).queryParam("deliveryManagerId", dm).queryParam("projectManagerId", pm)
                .get("/api/v1/projects").then().body("total", is(1), "items[0].key", is(marker + "-A"));
        Api.as(TEAM_MEMBER).queryParam("deliveryManagerId", dm).queryParam("practice", "cloud")
                .get("/api/v1/projects").then().body("total", is(1), "items[0].practice", is("Cloud"));
        Api.as(TEAM_MEMBER).queryParam("deliveryManagerId", dm).queryParam("tag", "AWS")
                .queryParam("sort", "key,desc").get("/api/v1/projects")
                .then().body("total", is(2), "items[0].key", is(marker + "-B"));
        Api.as(TEAM_MEMBER).queryParam("tag", "migration").queryParam("clientId", clientId)
                .get("/api/v1/projects").then().body("total", is(1));
        Api.as(TEAM_MEMBER).queryParam("q", "core banking " + marker.toLowerCase()).get("/api/v1/projects")
                .then().body("total", is(2));
        Api.as(TEAM_MEMBER).queryParam("q", marker.toLowerCase() + "-b").get("/api/v1/projects")
                .then().body("total", is(1));
    }

    @Test
    void refusesAMalformedFilter() {
        Api.as(ADMIN).queryParam("deliveryManagerId", "not-a-uuid").get("/api/v1/projects")
                .then().statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
    }
}
