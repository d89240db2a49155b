package io.deliveryhub.projects.outbox;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.OutboxEvent;
import io.deliveryhub.platform.outbox.ParkedEventNotice;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The relay against the real broker: an event Kafka refuses for good is parked and the events after it go on,
 * each exactly once; a change whose event would be too large is refused before anything commits.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String PARKED = "/api/v1/admin/projects/outbox/parked";
    /** A topic whose records may be 2 kB at most, for an event the broker itself refuses as too large. */
    private static final String SMALL_TOPIC = "deliveryhub.test.small-records";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void parksAnEventTheBrokerRefusesAndPublishesEveryLaterEventExactlyOnce() throws Exception {
        createSmallTopic();
        double parkedBefore = parkedCount();
        UUID poison = insertRow(SMALL_TOPIC, "x".repeat(10_000));
        List<String> clients = IntStream.range(0, 12).mapToObj(i -> Fixtures.newClient()).toList();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> isParked(poison) && allPublished(clients));

        Map<String, Long> copies = clientCreatedCopies(clients);
        assertThat(copies).hasSize(clients.size()).allSatisfy((client, count) -> assertThat(count).as(client).isOne());
        assertThat(parkedCount()).isEqualTo(parkedBefore + 1);
        assertThat(reasonOf(poison)).startsWith("RecordTooLargeException");

        ConsumerRecord<String, String> notice = awaitNotice(poison);
        EventSchemas.assertValid(ParkedEventNotice.TYPE, notice.value());
        assertThat(notice.value()).contains("\"service\":\"projects-service\"", "\"topic\":\"" + SMALL_TOPIC + "\"");
    }

    @Test
    void parksAnEventAboveTheSizeLimitWithoutSendingIt() throws Exception {
        UUID tooLarge = insertRow(Topics.PROJECTS, "y".repeat(1_100_000));
        String later = Fixtures.newClient();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> isParked(tooLarge) && allPublished(List.of(later)));

        assertThat(reasonOf(tooLarge)).startsWith("RecordTooLarge: the event is 110")
                .contains("above deliveryhub.events.max-bytes (1048576)");
        // the notice is written when the event is parked, after it would have been sent
        List<ConsumerRecord<String, String>> records = TopicClient.awaitRecord(Topics.PROJECTS,
                r -> isNoticeOf(r, tooLarge), Duration.ofSeconds(30));
        assertThat(records).noneMatch(r -> tooLarge.toString().equals(TopicClient.header(r, CloudEventHeaders.ID)));
    }

    @Test
    void refusesATemplateAtTheFieldLimitsWith413AndSavesNothing() {
        String name = "Largest template " + UUID.randomUUID();

        Api.as(ADMIN).body(template(name, 4000)).post("/api/v1/project-templates").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/event-too-large"), "status", is(413),
                        "detail", containsString("deliveryhub.project-template.created.v1"),
                        "detail", containsString("above the limit of 1048576 bytes"),
                        "sizeBytes", greaterThan(1_048_576), "limitBytes", is(1_048_576));

        Api.as(ADMIN).queryParam("q", name).get("/api/v1/project-templates").then().statusCode(200).body("total", is(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("payload like ?1", "%" + name + "%")))
                .isZero();
    }

    @Test
    void publishesATemplateEventJustUnderTheLimitOnce() {
        String id = Api.as(ADMIN).body(template("Large template " + UUID.randomUUID(), 2_900))
                .post("/api/v1/project-templates").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicClient.awaitRecord(Topics.PROJECTS,
                r -> id.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)), Duration.ofSeconds(30));

        assertThat(records).filteredOn(r -> id.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT)))
                .singleElement().satisfies(r -> assertThat(r.value().length()).isBetween(900_000, 1_048_576));
    }

    @Test
    void listsParkedEventsToAdminOnlyAndRequeuesThem() throws Exception {
        UUID tooLarge = insertRow(Topics.PROJECTS, "z".repeat(1_100_000));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> isParked(tooLarge));

        Api.as(ADMIN).queryParam("size", 500).get(PARKED).then().statusCode(200)
                .body("items.id", hasItem(tooLarge.toString()))
                .body("items.find { it.id == '" + tooLarge + "' }.type", is("deliveryhub.test.poison.v1"))
                .body("items.find { it.id == '" + tooLarge + "' }.topic", is(Topics.PROJECTS))
                .body("items.find { it.id == '" + tooLarge + "' }.sizeBytes", greaterThan(1_100_000))
                .body("items.find { it.id == '" + tooLarge + "' }.reason", containsString("RecordTooLarge"));
        Api.as(HEAD_OF_DELIVERY).get(PARKED).then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().get(PARKED).then().statusCode(401).contentType("application/problem+json");
        Api.as(ADMIN).queryParam("sort", "size").get(PARKED).then().statusCode(400);

        double parkedBefore = parkedCount();
        Api.as(HEAD_OF_DELIVERY).post(PARKED + "/{id}/requeue", tooLarge).then().statusCode(403);
        Api.as(ADMIN).post(PARKED + "/{id}/requeue", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(ADMIN).post(PARKED + "/{id}/requeue", tooLarge).then().statusCode(204);
        // still too large: the relay parks it again
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> parkedCount() > parkedBefore && isParked(tooLarge));
    }

    @Test
    void metricsShowParkedEventsAndTheAgeOfTheOldestWaitingEvent() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("deliveryhub_outbox_parked_total"))
                .body(containsString("deliveryhub_outbox_oldest_unpublished_age_seconds"));
    }

    @Test
    void documentsTheParkedEventsEndpoint() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'" + PARKED + "'.get.responses.'200'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'" + PARKED + "'.get.responses.'403'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'" + PARKED + "/{id}/requeue'.post.responses.'204'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/project-templates'.post.responses.'413'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void publishesEveryEventWrittenWhileTheBrokerIsDownExactlyOnceWhenItIsBack() {
        Fixtures.newClient(); // the relay is up and the producer connected before the broker goes
        List<String> clients = new ArrayList<>();
        DeliveryHubTestResource.kafka().stop();
        try {
            for (int i = 0; i < 10; i++) {
                clients.add(Fixtures.newClient());
            }
            double before = metrics.counter("deliveryhub.outbox.unacknowledged").count();
            // several runs gave up waiting for each send (the test profile's ack timeout is short): none may add a copy
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> metrics.counter("deliveryhub.outbox.unacknowledged").count() >= before + 3 * clients.size());
        } finally {
            DeliveryHubTestResource.kafka().restart();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> allPublished(clients));
        assertThat(clientCreatedCopies(clients)).hasSize(clients.size())
                .allSatisfy((client, count) -> assertThat(count).as(client).isOne());
    }

    /**
     * How often each client's created event is on the topic, read once every one of them has arrived (they are keyed
     * apart, so they lie on several partitions, read at their own pace).
     */
    private static Map<String, Long> clientCreatedCopies(List<String> clients) {
        Set<String> wanted = Set.copyOf(clients);
        Set<String> seen = new HashSet<>();
        return TopicClient.awaitRecord(Topics.PROJECTS, r -> {
                    if (isClientCreated(r) && wanted.contains(TopicClient.header(r, CloudEventHeaders.SUBJECT))) {
                        seen.add(TopicClient.header(r, CloudEventHeaders.SUBJECT));
                    }
                    return seen.size() == wanted.size();
                }, Duration.ofSeconds(30))
                .stream()
                .filter(OutboxRelayTest::isClientCreated)
                .map(r -> TopicClient.header(r, CloudEventHeaders.SUBJECT))
                .filter(wanted::contains)
                .collect(Collectors.groupingBy(subject -> subject, Collectors.counting()));
    }

    private static boolean isClientCreated(ConsumerRecord<String, String> record) {
        return "deliveryhub.client.created.v1".equals(TopicClient.header(record, CloudEventHeaders.TYPE));
    }

    private static ConsumerRecord<String, String> awaitNotice(UUID parked) {
        return TopicClient.awaitRecord(Topics.PROJECTS, r -> isNoticeOf(r, parked), Duration.ofSeconds(30)).stream()
                .filter(r -> isNoticeOf(r, parked)).findFirst().orElseThrow();
    }

    private static boolean isNoticeOf(ConsumerRecord<String, String> record, UUID parked) {
        return ParkedEventNotice.TYPE.equals(TopicClient.header(record, CloudEventHeaders.TYPE))
                && parked.toString().equals(record.key());
    }

    /** 100 milestones and 100 RAID entries, the most a template may have, with texts of this length. */
    private static Map<String, Object> template(String name, int textLength) {
        String text = "t".repeat(textLength);
        List<Map<String, Object>> milestones = IntStream.range(0, 100).mapToObj(i -> Map.<String, Object> of(
                "name", "M" + i + "-" + "n".repeat(190), "offsetDays", i, "weight", 1, "acceptanceCriteria", text))
                .toList();
        List<Map<String, Object>> raid = IntStream.range(0, 100).mapToObj(i -> Map.<String, Object> of(
                "type", "RISK", "title", "R" + i + "-" + "r".repeat(190), "description", text, "probability", 3,
                "impact", 4, "mitigation", text)).toList();
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", text);
        body.put("deliveryModel", "FIXED_PRICE");
        body.put("milestones", milestones);
        body.put("raidEntries", raid);
        return body;
    }

    /** A row as a service's change would write it, but with a payload the broker will not take. */
    private UUID insertRow(String topic, String text) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox (id, topic, record_key, type, subject, occurred_at, payload)
                        values (?, ?, ?, 'deliveryhub.test.poison.v1', ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, id.toString());
            insert.setString(4, id.toString());
            insert.setObject(5, OffsetDateTime.now());
            insert.setString(6, "{\"version\":1,\"actor\":\"test\",\"state\":{\"text\":\"" + text + "\"}}");
            insert.executeUpdate();
        }
        return id;
    }

    private static void createSmallTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                DeliveryHubTestResource.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(SMALL_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(SMALL_TOPIC, 1, (short) 1)
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2048")))).all().get();
            }
        }
    }

    private double parkedCount() {
        return metrics.counter("deliveryhub.outbox.parked").count();
    }

    private static boolean isParked(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("id = ?1 and parkedAt is not null", id) == 1);
    }

    private static String reasonOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> find("id", id).singleResult()
                .parkedReason);
    }

    private static boolean allPublished(List<String> subjects) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .count("subject in ?1 and publishedAt is not null", subjects) == subjects.size());
    }
}
