package io.deliveryhub.resources.pipeline;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineDemandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATED = "deliveryhub.project.created.v1";
    private static final String UPDATED = "deliveryhub.project.updated.v1";
    private static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";
    private static final String OPENED = "deliveryhub.resource-request.opened.v1";

    @Test
    void showsAProposedOpportunitysDemandWeightedByItsProbabilityApartFromCommittedDemand() {
        String role = "Role " + UUID.randomUUID();
        String practice = "Practice " + UUID.randomUUID();
        String java = "Skill " + UUID.randomUUID();
        String kafka = "Skill " + UUID.randomUUID();
        UUID person = Fixtures.person("Supply", 40, role, practice);
        Fixtures.masters(person, Fixtures.skill(java), 3);
        UUID project = UUID.randomUUID();
        publish(CREATED, project, 1, "PROPOSED", practice, 0.25, List.of(
                line("L1", role, List.of(java.toUpperCase(), kafka), 40, "2026-03-02", "2026-03-13"),
                line("L2", role, List.of(), 20, "2026-03-09", "2026-03-13")));

        awaitWeek("role", role, 0, week -> week.get("pipelineHours").equals(10.0f));
        JsonPath byRole = capacity("role");
        // W10: 40 h × 0.25; W11: (40 + 20) × 0.25. Committed demand stays as it was: none.
        assertWeek(byRole, role, 0, 40, 0, 40, 10, 30);
        assertWeek(byRole, role, 1, 40, 0, 40, 15, 25);
        assertWeek(capacity("practice"), practice, 1, 40, 0, 40, 15, 25);
        JsonPath bySkill = capacity("skill");
        // The CRM's spelling of a catalogue skill counts on the catalogue's row, beside the people who have it.
        assertWeek(bySkill, java, 0, 40, 0, 40, 10, 30);
        assertWeek(bySkill, kafka, 0, 0, 0, 0, 10, -10);

        publish(UPDATED, project, 2, "PROPOSED", practice, 0.5, List.of(
                line("L1", role, List.of(java, kafka), 40, "2026-03-02", "2026-03-13")));
        awaitWeek("role", role, 1, week -> week.get("pipelineHours").equals(20.0f));
    }

    @Test
    void aLostOpportunitysDemandDisappears() {
        String role = "Role " + UUID.randomUUID();
        UUID project = UUID.randomUUID();
        publish(CREATED, project, 1, "PROPOSED", null, 0.5, List.of(
                line("L1", role, List.of(), 40, "2026-03-02", "2026-03-13")));
        awaitWeek("role", role, 0, week -> week.get("pipelineHours").equals(20.0f));

        ObjectNode cancelled = project(project, 2, "CANCELLED", null, 0.5, List.of(
                line("L1", role, List.of(), 40, "2026-03-02", "2026-03-13")));
        ((ObjectNode) cancelled.get("state")).put("acceptsRecords", false);
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, project.toString(), cancelled);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> capacity("role")
                .getList("groups.findAll { it.group == '" + role + "' }").isEmpty());
        Api.as(ADMIN).queryParam("projectId", project).get("/api/v1/resource-requests").then().body("total", is(0));
    }

    @Test
    void aWonOpportunitysDemandBecomesRequestsOnceWhateverTheRedeliveries() throws Exception {
        String role = "Role " + UUID.randomUUID();
        String skill = "Skill " + UUID.randomUUID();
        UUID skillId = Fixtures.skill(skill);
        UUID project = UUID.randomUUID();
        List<ObjectNode> lines = List.of(line("L1", role, List.of(skill, "Not in the catalogue"), 32, "2026-03-02", "2026-05-29"),
                line("L2", null, List.of(skill), 16, "2026-04-06", "2026-04-24"));
        publish(CREATED, project, 1, "PROPOSED", null, 0.6, lines);
        awaitWeek("role", role, 0, week -> week.get("pipelineHours").equals(19.2f));

        UUID won = UUID.randomUUID();
        ObjectNode planning = project(project, 2, "PLANNING", null, 1.0, lines);
        EventFeed.publish(won, Topics.PROJECTS, STATUS_CHANGED, project.toString(), planning);
        EventFeed.publish(won, Topics.PROJECTS, STATUS_CHANGED, project.toString(), planning);
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, project.toString(), planning);
        awaitApplied(project);

        Api.as(ADMIN).queryParam("projectId", project).queryParam("sort", "from,asc").get("/api/v1/resource-requests")
                .then().statusCode(200).body("total", is(2), "items.status", everyItem(is("OPEN")),
                        "items[0].role", is(role), "items[0].hoursPerWeek", is(32.0f), "items[0].from", is("2026-03-02"),
                        "items[0].to", is("2026-05-29"), "items[0].requiredSkills.skillId", contains(skillId.toString()),
                        "items[0].requiredSkills[0].minLevel", is(3), "items[1].role", is(skill),
                        "items[1].hoursPerWeek", is(16.0f));
        JsonNode opened = JSON.readTree(PublishedEvents.await(project.toString(), OPENED,
                payload -> payload.at("/state/role").asText().equals(role)).value());
        EventSchemas.assertValid(OPENED, opened.toString());
        assertThat(opened.get("actor").asText()).isEqualTo("resources-service");
        assertThat(opened.get("reason").asText()).contains("L1", "Not in the catalogue");
        assertThat(capacity("role").getList("groups.findAll { it.group == '" + role + "' }.weeks.flatten()"
                + ".findAll { it.pipelineHours != 0 }")).isEmpty();

        // A read model rebuilt from the beginning holds the project as PROPOSED again and meets the win anew.
        QuarkusTransaction.requiringNew().run(() -> io.deliveryhub.resources.project.KnownProject.getEntityManager()
                .createNativeQuery("update known_project set status = 'PROPOSED', version = 1 where id = :id")
                .setParameter("id", project).executeUpdate());
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, project.toString(), planning);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + project).then().body("status", is("PLANNING")));
        Api.as(ADMIN).queryParam("projectId", project).get("/api/v1/resource-requests").then().body("total", is(2));
    }

    @Test
    void readsAProjectEventWithoutDemandAsNone() {
        UUID project = UUID.randomUUID();
        ObjectNode created = project(project, 1, "PROPOSED", null, 0.5, List.of());
        ((ObjectNode) created.get("state")).remove("demand");
        EventFeed.publish(Topics.PROJECTS, CREATED, project.toString(), created);
        publish(STATUS_CHANGED, project, 2, "PLANNING", null, 1.0, List.of());
        awaitApplied(project);
        Api.as(ADMIN).get("/api/v1/known-projects/" + project).then().body("status", is("PLANNING"));
        Api.as(ADMIN).queryParam("projectId", project).get("/api/v1/resource-requests").then().body("total", is(0));
    }

    /** A later event on the same key (so the same partition) is applied after everything before it. */
    private static void awaitApplied(UUID project) {
        UUID marker = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, project.toString(), project(marker, 1, "PROPOSED", null, null, List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + marker).then().statusCode(200));
    }

    private static void publish(String type, UUID project, long version, String status, String practice,
            Double probability, List<ObjectNode> lines) {
        EventFeed.publish(Topics.PROJECTS, type, project.toString(),
                project(project, version, status, practice, probability, lines));
    }

    /** A project event as projects-service publishes it (its committed example), with this state. */
    private static ObjectNode project(UUID id, long version, String status, String practice, Double probability,
            List<ObjectNode> lines) {
        ObjectNode payload = EventFeed.example(version == 1 ? CREATED : STATUS_CHANGED);
        payload.put("version", version);
        ObjectNode state = (ObjectNode) payload.get("state");
        state.put("id", id.toString()).put("key", "P" + id.toString().substring(0, 8).toUpperCase())
                .put("status", status).put("acceptsRecords", true).put("practice", practice).put("version", version);
        if (probability == null) {
            state.putNull("probability");
        } else {
            state.put("probability", probability);
        }
        ArrayNode demand = state.putArray("demand");
        lines.forEach(demand::add);
        return payload;
    }

    private static ObjectNode line(String id, String role, List<String> skills, int hours, String from, String to) {
        ObjectNode line = JSON.createObjectNode().put("id", id).put("role", role).put("hoursPerWeek", hours)
                .put("from", from).put("to", to);
        ArrayNode named = line.putArray("skills");
        skills.forEach(skill -> named.addObject().put("skill", skill).put("minLevel", 3));
        return line;
    }

    private static JsonPath capacity(String groupBy) {
        return Api.as(HEAD_OF_DELIVERY).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .queryParam("groupBy", groupBy).get("/api/v1/capacity").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitWeek(String groupBy, String group, int index,
            java.util.function.Predicate<Map<String, Object>> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> week = capacity(groupBy)
                    .getMap("groups.find { it.group == '" + group + "' }.weeks[" + index + "]");
            return week != null && condition.test(week);
        });
    }

    private static void assertWeek(JsonPath capacity, String group, int index, int supply, int demand, int gap,
            double pipeline, double gapWithPipeline) {
        Map<String, Object> row = capacity.getMap("groups.find { it.group == '" + group + "' }.weeks[" + index + "]");
        assertThat(row).containsEntry("supplyHours", (float) supply).containsEntry("demandHours", (float) demand)
                .containsEntry("gapHours", (float) gap).containsEntry("pipelineHours", (float) pipeline)
                .containsEntry("gapWithPipelineHours", (float) gapWithPipeline);
    }
}
