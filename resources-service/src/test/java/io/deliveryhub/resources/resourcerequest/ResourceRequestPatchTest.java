package io.deliveryhub.resources.resourcerequest;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceRequestPatchTest {

    private static final String REQUESTS = "/api/v1/resource-requests/";

    private static String open(UUID project, List<Map<String, Object>> skills) {
        return ProjectStaff.as(PROJECT_MANAGER).body(ResourceRequestResourceTest.request(project, skills)).post(REQUESTS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void changesAnOpenRequestWithAnEvent() {
        String kotlin = "Kotlin " + UUID.randomUUID();
        UUID kotlinId = Fixtures.skill(kotlin);
        UUID sql = Fixtures.skill("SQL " + UUID.randomUUID());
        String id = open(Fixtures.knownProject("ACTIVE"), List.of(Map.of("skillId", sql.toString(), "minLevel", 2)));

        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("hoursPerWeek", 24, "to", "2026-06-19", "priority", "HIGH",
                        "requiredSkills", List.of(Map.of("skill", kotlin.toLowerCase(), "minLevel", 3))))
                .patch(REQUESTS + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("hoursPerWeek", is(24.0f), "to", is("2026-06-19"), "from", is("2026-03-02"), "priority", is("HIGH"),
                        "status", is("OPEN"), "requiredSkills", hasSize(1),
                        "requiredSkills[0].skillId", is(kotlinId.toString()), "requiredSkills[0].minLevel", is(3));
        Api.as(TEAM_MEMBER).get(REQUESTS + id).then().body("version", is(2), "requiredSkills[0].skill", is(kotlin));

        String updated = PublishedEvents.awaitSubject(id, ResourceRequestEvents.UPDATED).value();
        EventSchemas.assertValid(ResourceRequestEvents.UPDATED, updated);
        JsonNode changes = PublishedEvents.read(updated).get("changes");
        assertThat(changes.at("/to/from").asText()).isEqualTo("2026-03-13");
        assertThat(changes.has("requiredSkills")).isTrue();
        assertThat(changes.has("role")).isFalse();

        // The same values again: nothing changes, no new version.
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", "24.00", "role", " Backend developer "))
                .patch(REQUESTS + id).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void refusesChangesToARequestThatIsNoLongerOpen() {
        String id = open(Fixtures.knownProject("ACTIVE"), List.of());
        ProjectStaff.as(PROJECT_MANAGER).post(REQUESTS + id + "/cancel").then().statusCode(200);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", 8)).patch(REQUESTS + id)
                .then().statusCode(409).body("type", endsWith("/request-not-open"), "detail", containsString("CANCELLED"));
    }

    @Test
    void refusesAPatchWithoutTheCurrentVersionOrWithBadFields() {
        String id = open(Fixtures.knownProject("ACTIVE"), List.of());
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("hoursPerWeek", 8)).patch(REQUESTS + id).then().statusCode(428);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"3\"").body(Map.of("hoursPerWeek", 8)).patch(REQUESTS + id)
                .then().statusCode(412);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("projectId", UUID.randomUUID().toString()))
                .patch(REQUESTS + id).then().statusCode(400).body("errors[0].field", is("projectId"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("to", "2026-02-01")).patch(REQUESTS + id)
                .then().statusCode(400).body("errors[0].field", is("to"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 0)).patch(REQUESTS + id)
                .then().statusCode(400).body("errors[0].field", is("hoursPerWeek"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("priority", "ASAP")).patch(REQUESTS + id)
                .then().statusCode(400).body("errors[0].field", is("priority"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"")
                .body(Map.of("requiredSkills", List.of(Map.of("skill", "No such skill " + UUID.randomUUID(), "minLevel", 3))))
                .patch(REQUESTS + id).then().statusCode(422).body("type", endsWith("/unknown-skill"));
        Api.as(TEAM_MEMBER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 8)).patch(REQUESTS + id)
                .then().statusCode(403);
        Api.anonymous().header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 8)).patch(REQUESTS + id)
                .then().statusCode(401);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 8))
                .patch(REQUESTS + UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).get(REQUESTS + id).then().body("version", is(1), "hoursPerWeek", is(20.0f));
    }
}
