package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void publishesCreatedUpdatedAndReleasedKeyedByProject() throws Exception {
        UUID project = Fixtures.knownProject("ACTIVE");
        String id = AllocationResourceTest.hard(Fixtures.person(40), project, MONDAY, MONDAY.plusWeeks(2), 16);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 20))
                .patch("/api/v1/allocations/" + id).then().statusCode(200);
        ProjectStaff.as(DELIVERY_MANAGER).delete("/api/v1/allocations/" + id).then().statusCode(204);

        ConsumerRecord<String, String> created = awaitEvent(id, AllocationEvents.CREATED);
        ConsumerRecord<String, String> updated = awaitEvent(id, AllocationEvents.UPDATED);
        ConsumerRecord<String, String> released = awaitEvent(id, AllocationEvents.RELEASED);

        for (ConsumerRecord<String, String> record : java.util.List.of(created, updated, released)) {
            assertThat(record.key()).isEqualTo(project.toString());
            assertThat(TopicClient.header(record, CloudEventHeaders.SOURCE)).isEqualTo("resources-service");
            EventSchemas.assertValid(TopicClient.header(record, CloudEventHeaders.TYPE), record.value());
        }
        JsonNode change = JSON.readTree(updated.value());
        assertThat(change.at("/version").asLong()).isEqualTo(2);
        assertThat(change.at("/changes/hoursPerWeek/from").decimalValue()).isEqualByComparingTo("16");
        assertThat(change.at("/changes/hoursPerWeek/to").decimalValue()).isEqualByComparingTo("20");
        assertThat(JSON.readTree(released.value()).at("/state/status").asText()).isEqualTo("RELEASED");
    }

    private static ConsumerRecord<String, String> awaitEvent(String subject, String type) {
        return PublishedEvents.awaitSubject(subject, type);
    }
}
