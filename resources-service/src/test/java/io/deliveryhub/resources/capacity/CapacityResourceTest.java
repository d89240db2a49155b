package io.deliveryhub.resources.capacity;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CapacityResourceTest {

    @Test
    void setsSupplyAgainstDemandPerWeekByRolePracticeAndSkill() {
        String role = "Role " + UUID.randomUUID();
        String practice = "Practice " + UUID.randomUUID();
        String skillName = "Skill " + UUID.randomUUID();
        UUID skill = Fixtures.skill(skillName);
        UUID project = Fixtures.knownProject("ACTIVE", practice, null);
        UUID proposed = Fixtures.knownProject("PROPOSED", practice, new BigDecimal("0.25"));
        UUID first = Fixtures.person("First", 40, role, practice);
        Fixtures.masters(first, skill, 3);
        UUID second = Fixtures.person("Second", 40, role, "Other " + practice);
        Fixtures.leaves(second, Fixtures.MONDAY, Fixtures.MONDAY, 8);
        allocate(second, null, project, "2026-03-02", "2026-03-06", 10, "HARD");
        allocate(null, role, project, "2026-03-02", "2026-03-06", 10, "SOFT");
        allocate(first, null, project, "2026-03-09", "2026-03-13", 8, "SOFT");
        request(project, role, 20, "2026-03-02", "2026-03-13", List.of(Map.of("skillId", skill.toString(), "minLevel", 2)));
        request(proposed, role, 40, "2026-03-02", "2026-03-06", List.of());

        JsonPath byRole = capacity("role");
        // W10: supply 40 + (40 − 8 time off − 10 hard); demand 20 requested + 10 placeholder + 40 × 0.25 proposed.
        assertWeek(byRole, role, 0, "2026-W10", 62, 40, 22, 20, 10, 0, 10);
        assertWeek(byRole, role, 1, "2026-W11", 80, 28, 52, 20, 0, 8, 0);

        JsonPath byPractice = capacity("practice");
        // Requests and placeholders count for the project's practice; people and SOFT bookings for their own.
        assertWeek(byPractice, practice, 0, "2026-W10", 40, 40, 0, 20, 10, 0, 10);
        assertWeek(byPractice, practice, 1, "2026-W11", 40, 28, 12, 20, 0, 8, 0);

        JsonPath bySkill = capacity("skill");
        assertWeek(bySkill, skillName, 0, "2026-W10", 40, 20, 20, 20, 0, 0, 0);
        assertWeek(bySkill, skillName, 1, "2026-W11", 40, 28, 12, 20, 0, 8, 0);
    }

    @Test
    void aHardPlaceholderIsDemandAndNeverSupply() {
        String role = "Role " + UUID.randomUUID();
        String practice = "Practice " + UUID.randomUUID();
        UUID project = Fixtures.knownProject("ACTIVE", practice, null);
        Fixtures.person("Only", 40, role, practice);
        allocate(null, role, project, "2026-03-02", "2026-03-06", 16, "HARD");

        JsonPath byRole = capacity("role");
        // W10: the placeholder's 16 h are wanted, nobody's capacity is taken by them; W11 it has ended.
        assertWeek(byRole, role, 0, "2026-W10", 40, 16, 24, 0, 16, 0, 0);
        assertWeek(byRole, role, 1, "2026-W11", 40, 0, 40, 0, 0, 0, 0);
    }

    @Test
    void refusesABadQuery() {
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15").queryParam("groupBy", "team")
                .get("/api/v1/capacity").then().statusCode(400).body("errors[0].field", is("groupBy"));
        Api.as(ADMIN).queryParam("from", "2026-03-02").get("/api/v1/capacity")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2030-03-15").get("/api/v1/capacity")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.anonymous().get("/api/v1/capacity").then().statusCode(401);
        Api.as(INTEGRATION_CRM).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .get("/api/v1/capacity").then().statusCode(403);
    }

    private static JsonPath capacity(String groupBy) {
        return Api.as(HEAD_OF_DELIVERY).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .queryParam("groupBy", groupBy).get("/api/v1/capacity")
                .then().statusCode(200).body("groupBy", is(groupBy), "weeks", contains("2026-W10", "2026-W11"))
                .extract().jsonPath();
    }

    private static void assertWeek(JsonPath capacity, String group, int index, String week, int supply, int demand,
            int gap, int requests, int placeholders, int soft, int proposed) {
        Map<String, Object> row = capacity.getMap("groups.find { it.group == '" + group + "' }.weeks[" + index + "]");
        assertThat(row).containsEntry("week", week)
                .containsEntry("supplyHours", (float) supply).containsEntry("demandHours", (float) demand)
                .containsEntry("gapHours", (float) gap).containsEntry("requestHours", (float) requests)
                .containsEntry("placeholderHours", (float) placeholders).containsEntry("softHours", (float) soft)
                .containsEntry("proposedHours", (float) proposed);
    }

    private static void allocate(UUID person, String placeholder, UUID project, String from, String to, int hours,
            String booking) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("personId", person.toString());
        } else {
            body.put("placeholderRole", placeholder);
        }
        body.putAll(Map.of("projectId", project.toString(), "from", from, "to", to, "hoursPerWeek", hours,
                "booking", booking));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post("/api/v1/allocations").then().statusCode(201);
    }

    private static void request(UUID project, String role, int hours, String from, String to,
            List<Map<String, Object>> skills) {
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("projectId", project.toString(), "role", role, "hoursPerWeek", hours,
                "from", from, "to", to, "requiredSkills", skills))
                .post("/api/v1/resource-requests").then().statusCode(201);
    }
}
