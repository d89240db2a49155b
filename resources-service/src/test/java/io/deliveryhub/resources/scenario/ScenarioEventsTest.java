package io.deliveryhub.resources.scenario;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What other services learn of a scenario (docs/scenarios.md#events): every change, resolved into the live allocation
 * it takes out and the allocation it puts in, with the scenario's owner and status, valid against its schema.
 */
@QuarkusTest
class ScenarioEventsTest {

    private static final String SCENARIOS = "/api/v1/scenarios";

    @Test
    void publishesEveryChangeResolvedWithTheScenarioItBelongsTo() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String changed = book(ada, project, 20);
        String removed = book(ada, project, 10);
        String scenario = ProjectStaff.as(DELIVERY_MANAGER)
                .body(Map.of("name", "Copy " + Fixtures.unique(), "copy", Map.of("projectIds", List.of(
                        project.toString()))))
                .post(SCENARIOS).then().statusCode(201).extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 36))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, changed).then().statusCode(200);
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/allocations/{a}", scenario, removed)
                .then().statusCode(204);
        String added = ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, project, 8))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201).extract().path("allocationId");
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(204);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "Acme data", "from", MONDAY.toString(), "to",
                MONDAY.plusWeeks(8).toString(), "probability", 0.5, "roleDemand",
                List.of(Map.of("role", "Data engineer", "hoursPerWeek", 40))))
                .post(SCENARIOS + "/{id}/tentative-projects", scenario).then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}", scenario).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = eventsOf(scenario, 7);
        events.forEach(event -> EventSchemas.assertValid(type(event), event.value()));
        assertThat(events).map(ScenarioEventsTest::type).containsExactly(ScenarioEvents.CREATED,
                ScenarioEvents.CHANGED, ScenarioEvents.CHANGED, ScenarioEvents.CHANGED, ScenarioEvents.CHANGED,
                ScenarioEvents.CHANGED, ScenarioEvents.DISCARDED);
        assertThat(events).map(event -> state(event).path("version").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L,
                6L, 7L);
        JsonNode created = state(events.get(0));
        assertThat(created.path("ownerId").asText()).isEqualTo(ProjectStaff.DELIVERY_MANAGER_ID.toString());
        assertThat(created.path("status").asText()).isEqualTo("OPEN");
        assertThat(created.path("allocations").findValuesAsText("replaces")).containsExactlyInAnyOrder(changed,
                removed);
        JsonNode patched = state(events.get(1)).path("allocations").get(0);
        assertThat(patched.path("change").asText()).isEqualTo("CHANGE");
        assertThat(patched.path("replaces").asText()).isEqualTo(changed);
        assertThat(patched.path("allocation").path("hoursPerWeek").decimalValue()).isEqualByComparingTo("36");
        assertThat(patched.path("allocation").path("personId").asText()).isEqualTo(ada.toString());
        JsonNode removal = state(events.get(2)).path("allocations").get(0);
        assertThat(removal.path("change").asText()).isEqualTo("REMOVE");
        assertThat(removal.path("replaces").asText()).isEqualTo(removed);
        assertThat(removal.path("allocation").isNull()).isTrue();
        JsonNode addition = state(events.get(3)).path("allocations").get(0);
        assertThat(addition.path("replaces").isNull()).isTrue();
        assertThat(addition.path("allocation").path("projectId").asText()).isEqualTo(project.toString());
        assertThat(state(events.get(4)).path("withdrawnAllocations").get(0).asText()).isEqualTo(added);
        assertThat(state(events.get(5)).path("tentativeProjects").get(0).path("roleDemand").get(0).path("role")
                .asText()).isEqualTo("Data engineer");
        assertThat(state(events.get(6)).path("status").asText()).isEqualTo("DISCARDED");
    }

    @Test
    void announcesAnAppliedScenarioAsDone() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String scenario = ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "Apply " + Fixtures.unique()))
                .post(SCENARIOS).then().statusCode(201).extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, project, 8))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario).then().statusCode(200);

        ConsumerRecord<String, String> applied = PublishedEvents.await(scenario, ScenarioEvents.APPLIED);
        EventSchemas.assertValid(ScenarioEvents.APPLIED, applied.value());
        assertThat(state(applied).path("status").asText()).isEqualTo("APPLIED");
        assertThat(state(applied).path("version").asLong()).isEqualTo(3);
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String scenario, int count) {
        Predicate<ConsumerRecord<String, String>> ofScenario = record -> scenario.equals(record.key());
        return TopicClient.awaitRecord(Topics.RESOURCES, ofScenario.and(
                record -> ScenarioEvents.DISCARDED.equals(type(record))), Duration.ofSeconds(20)).stream()
                .filter(ofScenario).limit(count).toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicClient.header(record, CloudEventHeaders.TYPE);
    }

    private static JsonNode state(ConsumerRecord<String, String> record) {
        return PublishedEvents.read(record.value()).path("state");
    }

    private static String book(UUID person, UUID project, int hours) {
        return ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, hours))
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> booking(UUID person, UUID project, int hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person.toString());
        body.put("projectId", project.toString());
        body.put("from", MONDAY.toString());
        body.put("to", MONDAY.plusDays(4).toString());
        body.put("hoursPerWeek", hours);
        body.put("booking", "HARD");
        return body;
    }
}
