package io.deliveryhub.projects.outbox;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.OutboxEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.project.CreateProjectRequest;
import io.deliveryhub.projects.project.ProjectService;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectEventsPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProjectService projects;

    @Inject
    MeterRegistry metrics;

    @Test
    void publishesProjectCreatedWithCloudEventsHeadersKeyedByProject() throws Exception {
        String clientId = Fixtures.newClient();
        String key = Fixtures.newKey();
        String projectId = Api.as(ADMIN).body(Fixtures.project(key, clientId)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitEvent(projectId, "deliveryhub.project.created.v1");

        assertThat(record.key()).isEqualTo(projectId);
        assertThat(TopicClient.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicClient.header(record, CloudEventHeaders.SOURCE)).isEqualTo("projects-service");
        assertThat(UUID.fromString(TopicClient.header(record, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicClient.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TopicClient.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        EventSchemas.assertValid("deliveryhub.project.created.v1", record.value());
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.get("version").asLong()).isEqualTo(1);
        assertThat(payload.get("actor").asText()).startsWith("person-");
        assertThat(payload.at("/state/key").asText()).isEqualTo(key);
        assertThat(payload.at("/state/status").asText()).isEqualTo("PROPOSED");
        assertThat(payload.at("/state/plannedStart").asText()).isEqualTo("2026-03-02");
        assertThat(payload.at("/state/budget/amount").asText()).isEqualTo("250000.00");
    }

    @Test
    void publishesClientCreatedKeyedByClient() {
        String clientId = Fixtures.newClient();

        ConsumerRecord<String, String> record = awaitEvent(clientId, "deliveryhub.client.created.v1");

        assertThat(record.key()).isEqualTo(clientId);
        EventSchemas.assertValid("deliveryhub.client.created.v1", record.value());
    }

    @Test
    void publishesNothingForARolledBackTransaction() {
        UUID clientId = UUID.fromString(Fixtures.newClient());
        QuarkusTransaction.begin();
        String rolledBackId = projects.create(request(Fixtures.newKey(), clientId), "test").id().toString();
        QuarkusTransaction.rollback();
        String committedId = QuarkusTransaction.requiringNew()
                .call(() -> projects.create(request(Fixtures.newKey(), clientId), "test").id().toString());

        // Events leave in commit order, so once the later commit's event is out the rolled-back one would be too.
        List<ConsumerRecord<String, String>> records = TopicClient.awaitRecord(Topics.PROJECTS,
                r -> committedId.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)), Duration.ofSeconds(20));
        assertThat(records).noneMatch(r -> rolledBackId.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)));
        Api.as(ADMIN).get("/api/v1/projects/" + rolledBackId).then().statusCode(404);
    }

    @Test
    void keepsEventsWhileTheBrokerIsDownAndPublishesThemOnceItIsBack() {
        String clientId = Fixtures.newClient();
        awaitEvent(clientId, "deliveryhub.client.created.v1");
        double failuresBefore = unacknowledgedSends();
        DeliveryHubTestResource.kafka().stop();
        String projectId;
        try {
            long started = System.nanoTime();
            projectId = Api.as(ADMIN).body(Fixtures.project(Fixtures.newKey(), clientId)).post("/api/v1/projects")
                    .then().statusCode(201).extract().path("id");
            // The request never waits for Kafka: it only writes the outbox row in its own transaction.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unacknowledgedSends() > failuresBefore);
            assertThat(isPublished(projectId)).isFalse();
        } finally {
            DeliveryHubTestResource.kafka().restart();
        }

        List<ConsumerRecord<String, String>> records = TopicClient.awaitRecord(Topics.PROJECTS,
                r -> projectId.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)), Duration.ofSeconds(60));
        assertThat(records).filteredOn(r -> projectId.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)))
                .isNotEmpty()
                .allMatch(r -> "deliveryhub.project.created.v1".equals(TopicClient.header(r, CloudEventHeaders.TYPE)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> isPublished(projectId));
    }

    private double unacknowledgedSends() {
        return metrics.counter("deliveryhub.outbox.unacknowledged").count();
    }

    private static boolean isPublished(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .count("subject = ?1 and publishedAt is not null", subject) > 0);
    }

    private static ConsumerRecord<String, String> awaitEvent(String subject, String type) {
        return TopicClient.awaitRecord(Topics.PROJECTS,
                r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)), Duration.ofSeconds(20))
                .stream()
                .filter(r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT))
                        && type.equals(TopicClient.header(r, CloudEventHeaders.TYPE)))
                .findFirst().orElseThrow();
    }

    private static CreateProjectRequest request(String key, UUID clientId) {
        return CreateProjectRequest.of(key, "Rollback " + key, clientId, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 9, 30), null);
    }
}
