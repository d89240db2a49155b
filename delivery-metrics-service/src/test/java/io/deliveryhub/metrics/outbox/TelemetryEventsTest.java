package io.deliveryhub.metrics.outbox;

import static io.deliveryhub.metrics.Telemetry.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What the telemetry endpoints publish on deliveryhub.delivery.v1, read back from the topic. */
@QuarkusTest
class TelemetryEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void publishesADeploymentKeyedByItsProjectAndNothingForAnIdenticalReplay() throws Exception {
        UUID project = ProjectFeed.knownProject();
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z");
        String id = post("/api/v1/deployments", body).statusCode(201).extract().path("id");
        post("/api/v1/deployments", body).statusCode(200);
        post("/api/v1/deployments", with(body, "status", "FAILURE")).statusCode(200);

        // Events leave in commit order: once the update is out, an event for the replay would be out too.
        List<ConsumerRecord<String, String>> events = awaitEvents(id, "deliveryhub.deployment.updated.v1");

        assertThat(events).extracting(record -> header(record, CloudEventHeaders.TYPE))
                .containsExactly("deliveryhub.deployment.recorded.v1", "deliveryhub.deployment.updated.v1");
        ConsumerRecord<String, String> recorded = events.get(0);
        assertThat(recorded.key()).isEqualTo(project.toString());
        assertThat(header(recorded, CloudEventHeaders.SOURCE)).isEqualTo("delivery-metrics-service");
        EventSchemas.assertValid("deliveryhub.deployment.recorded.v1", recorded.value());
        JsonNode created = JSON.readTree(recorded.value());
        assertThat(created.at("/state/externalId").asText()).isEqualTo(body.get("externalId"));
        assertThat(created.at("/state/commits/0/committedAt").asText()).isEqualTo("2026-03-03T08:15:00Z");
        EventSchemas.assertValid("deliveryhub.deployment.updated.v1", events.get(1).value());
        JsonNode updated = JSON.readTree(events.get(1).value());
        assertThat(updated.get("version").asLong()).isEqualTo(2);
        assertThat(updated.at("/changes/status/from").asText()).isEqualTo("SUCCESS");
        assertThat(updated.at("/changes/status/to").asText()).isEqualTo("FAILURE");
    }

    @Test
    void publishesAnIncidentWhenRecordedUpdatedAndResolved() throws Exception {
        UUID project = ProjectFeed.knownProject();
        Map<String, Object> body = incident(project, "2026-03-03T11:00:00Z");
        String id = post("/api/v1/incidents", body).statusCode(201).extract().path("id");
        Map<String, Object> escalated = with(body, "severity", "SEV1");
        post("/api/v1/incidents", escalated).statusCode(200);
        post("/api/v1/incidents", with(escalated, "resolvedAt", "2026-03-03T12:30:00Z")).statusCode(200);

        List<ConsumerRecord<String, String>> events = awaitEvents(id, "deliveryhub.incident.resolved.v1");

        assertThat(events).extracting(record -> header(record, CloudEventHeaders.TYPE)).containsExactly(
                "deliveryhub.incident.recorded.v1", "deliveryhub.incident.updated.v1",
                "deliveryhub.incident.resolved.v1");
        assertThat(events).allMatch(record -> project.toString().equals(record.key()));
        for (ConsumerRecord<String, String> event : events) {
            EventSchemas.assertValid(header(event, CloudEventHeaders.TYPE), event.value());
        }
        JsonNode resolved = JSON.readTree(events.get(2).value());
        assertThat(resolved.at("/state/status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.at("/changes/resolvedAt/to").asText()).isEqualTo("2026-03-03T12:30:00Z");
    }

    private static List<ConsumerRecord<String, String>> awaitEvents(String subject, String lastType) {
        return TopicClient.awaitRecord(Topics.DELIVERY,
                record -> subject.equals(header(record, CloudEventHeaders.SUBJECT))
                        && lastType.equals(header(record, CloudEventHeaders.TYPE)), Duration.ofSeconds(30))
                .stream().filter(record -> subject.equals(header(record, CloudEventHeaders.SUBJECT))).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TopicClient.header(record, name);
    }
}
