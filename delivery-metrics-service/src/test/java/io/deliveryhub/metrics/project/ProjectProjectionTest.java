package io.deliveryhub.metrics.project;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The project read model, fed through the real topic; what it holds is read back from its table. */
@QuarkusTest
class ProjectProjectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.PROJECTS);

    @Inject
    ChannelRegistry channels;

    @Test
    void recordsANewProjectFromItsCreatedEvent() {
        UUID id = UUID.randomUUID();
        publish(PROJECT_CREATED, id, project(id, 1, "PROPOSED"));

        Project project = awaitProject(id);
        assertThat(project.key).startsWith("K");
        assertThat(project.name).isEqualTo("Acme payments platform");
        assertThat(project.clientId).isEqualTo(UUID.fromString("6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10"));
        assertThat(project.status).isEqualTo("PROPOSED");
        assertThat(project.plannedStart).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(project.plannedEnd).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(project.budgetAmount).isEqualByComparingTo(new BigDecimal("250000.00"));
        assertThat(project.budgetCurrency).isEqualTo("EUR");
        assertThat(project.version).isEqualTo(1);
        assertThat(project.updatedAt).isEqualTo(Instant.parse("2026-02-20T09:20:00Z"));
    }

    @Test
    void recordsAProjectWithoutBudgetOrDates() {
        UUID id = UUID.randomUUID();
        ObjectNode payload = project(id, 1, "PROPOSED");
        ((ObjectNode) payload.get("state")).putNull("budget").putNull("plannedEnd").remove("plannedStart");
        publish(PROJECT_CREATED, id, payload);

        Project project = awaitProject(id);
        assertThat(project.budgetAmount).isNull();
        assertThat(project.budgetCurrency).isNull();
        assertThat(project.plannedStart).isNull();
        assertThat(project.plannedEnd).isNull();
    }

    @Test
    void appliesANewerVersionAndIgnoresAnOlderOneArrivingLate() {
        UUID id = UUID.randomUUID();
        publish(PROJECT_CREATED, id, project(id, 1, "PROPOSED"));
        publish(PROJECT_STATUS_CHANGED, id, project(id, 3, "ACTIVE"));
        UUID late = publish(PROJECT_STATUS_CHANGED, id, project(id, 2, "PLANNING"));

        awaitHandled(late);
        Project project = find(id);
        assertThat(project.status).isEqualTo("ACTIVE");
        assertThat(project.version).isEqualTo(3);
    }

    @Test
    void learnsAProjectFromAStatusChangeWhenItsCreationIsStillOnItsWay() {
        UUID id = UUID.randomUUID();
        publish(PROJECT_STATUS_CHANGED, id, project(id, 2, "PLANNING"));
        UUID creation = publish(PROJECT_CREATED, id, project(id, 1, "PROPOSED"));

        awaitHandled(creation);
        assertThat(find(id).status).isEqualTo("PLANNING");
    }

    @Test
    void appliesARedeliveredEventOnlyOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        EventFeed.publish(eventId, Topics.PROJECTS, PROJECT_CREATED, id.toString(), project(id, 1, "PROPOSED"));
        awaitProject(id);

        // A redelivery carries the same event id; even with another state it must have no effect.
        EventFeed.publish(eventId, Topics.PROJECTS, PROJECT_STATUS_CHANGED, id.toString(), project(id, 2, "CANCELLED"));
        awaitConsumerPast(id);

        Project project = find(id);
        assertThat(project.status).isEqualTo("PROPOSED");
        assertThat(project.version).isEqualTo(1);
    }

    @Test
    void passesOverEventsAboutOtherAggregatesWithoutAnInboxMark() {
        UUID clientId = UUID.randomUUID();
        ObjectNode client = EventFeed.example(CLIENT_CREATED);
        ((ObjectNode) client.get("state")).put("id", clientId.toString());
        UUID eventId = EventFeed.publish(Topics.PROJECTS, CLIENT_CREATED, clientId.toString(), client);

        awaitConsumerPast(clientId);
        assertThat(find(clientId)).isNull();
        assertThat(isHandled(eventId)).isFalse();
    }

    @Test
    void parksARecordThatIsNotJsonInTheDeadLetterTopicAndCarriesOn() {
        UUID id = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        TopicClient.write(Topics.PROJECTS, id.toString(), "{not json", Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, poisonId,
                CloudEventHeaders.SOURCE, "test-feed", CloudEventHeaders.TYPE, PROJECT_CREATED,
                CloudEventHeaders.SUBJECT, id.toString(), CloudEventHeaders.TIME, Instant.now().toString()));
        publish(PROJECT_CREATED, id, project(id, 1, "PROPOSED"));

        ConsumerRecord<String, String> parked = awaitDeadLetter(r -> poisonId.equals(header(r, CloudEventHeaders.ID)));
        assertThat(parked.key()).isEqualTo(id.toString());
        assertThat(parked.value()).isEqualTo("{not json");
        assertThat(header(parked, "dead-letter-topic")).isEqualTo(Topics.PROJECTS);
        assertThat(header(parked, "dead-letter-reason")).contains("not JSON");
        // Same key, same partition: the event behind the poison record is applied all the same.
        assertThat(awaitProject(id).status).isEqualTo("PROPOSED");
    }

    @Test
    void parksARecordWithoutEventHeaders() {
        String key = UUID.randomUUID().toString();
        TopicClient.write(Topics.PROJECTS, key, project(UUID.fromString(key), 1, "PROPOSED").toString(), Map.of());

        ConsumerRecord<String, String> parked = awaitDeadLetter(r -> key.equals(r.key()));
        assertThat(header(parked, "dead-letter-reason")).contains("missing header");
        assertThat(find(UUID.fromString(key))).isNull();
    }

    @Test
    void parksAProjectEventWhoseStateLacksAKeyAndRecordsNothing() {
        UUID id = UUID.randomUUID();
        ObjectNode payload = project(id, 1, "PROPOSED");
        ((ObjectNode) payload.get("state")).remove("key");
        UUID eventId = publish(PROJECT_CREATED, id, payload);

        ConsumerRecord<String, String> parked = awaitDeadLetter(
                r -> eventId.toString().equals(header(r, CloudEventHeaders.ID)));
        assertThat(header(parked, "dead-letter-reason")).contains("lacks");
        // The inbox row is rolled back with the failed effect, so a corrected replay would still be applied.
        assertThat(isHandled(eventId)).isFalse();
        assertThat(find(id)).isNull();
    }

    @Test
    void parksOnlyTheBadEventOfAPollAndAppliesTheOthersOnce() {
        UUID id = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        ObjectNode keyless = project(id, 2, "PLANNING");
        ((ObjectNode) keyless.get("state")).remove("key");
        // Held back while paused, the events reach the consumer together, in one poll.
        PausableChannel channel = channels.getPausable("projects");
        channel.pause();
        UUID bad;
        try {
            EventFeed.publish(created, Topics.PROJECTS, PROJECT_CREATED, id.toString(), project(id, 1, "PROPOSED"));
            bad = publish(PROJECT_STATUS_CHANGED, id, keyless);
            publish(PROJECT_STATUS_CHANGED, id, project(id, 3, "ACTIVE"));
            // a redelivery of the first event, with another state: the inbox lets it through once only
            EventFeed.publish(created, Topics.PROJECTS, PROJECT_STATUS_CHANGED, id.toString(), project(id, 4, "CANCELLED"));
        } finally {
            channel.resume();
        }

        UUID parkedId = bad;
        awaitDeadLetter(r -> parkedId.toString().equals(header(r, CloudEventHeaders.ID)));
        awaitConsumerPast(id);
        Project project = find(id);
        assertThat(project.status).isEqualTo("ACTIVE");
        assertThat(project.version).isEqualTo(3);
        assertThat(isHandled(created)).isTrue();
        assertThat(isHandled(bad)).isFalse();
    }

    /** Publishes another project's creation on the same key (so the same partition) and waits for it. */
    private static void awaitConsumerPast(UUID key) {
        UUID marker = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, PROJECT_CREATED, key.toString(), project(marker, 1, "PROPOSED"));
        awaitProject(marker);
    }

    private static void awaitHandled(UUID eventId) {
        Awaitility.await().atMost(PATIENCE).until(() -> isHandled(eventId));
    }

    private static boolean isHandled(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Project.getEntityManager()
                .createNativeQuery("select count(*) from inbox where consumer = :consumer and event_id = :eventId")
                .setParameter("consumer", ProjectEventsConsumer.CONSUMER)
                .setParameter("eventId", eventId)
                .getSingleResult()).longValue() == 1);
    }

    private static Project awaitProject(UUID id) {
        return Awaitility.await().atMost(PATIENCE).until(() -> find(id), project -> project != null);
    }

    private static Project find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Project.<Project> findById(id));
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(Predicate<ConsumerRecord<String, String>> which) {
        return TopicClient.awaitRecord(DEAD_LETTERS, which, PATIENCE).stream().filter(which).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TopicClient.header(record, name);
    }
}
