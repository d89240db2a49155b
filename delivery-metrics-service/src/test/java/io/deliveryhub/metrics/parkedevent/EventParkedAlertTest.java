package io.deliveryhub.metrics.parkedevent;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;
import static io.deliveryhub.platform.security.Roles.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.ParkedEventNotice;
import io.deliveryhub.platform.outbox.RequeuedEventNotice;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An event a service's relay parks raises one OUTBOX_EVENT_PARKED alert, which resolves when it is re-queued. */
@QuarkusTest
class EventParkedAlertTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final String PARKED = "/api/v1/admin/metrics/outbox/parked";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aParkedNoticeOnAProducersTopicRaisesAnAlertThatResolvesWhenTheEventIsRequeued() {
        UUID parked = UUID.randomUUID();
        ObjectNode notice = EventFeed.example(ParkedEventNotice.TYPE);
        ((ObjectNode) notice.get("state")).put("eventId", parked.toString());
        EventFeed.publish(Topics.PROJECTS, ParkedEventNotice.TYPE, parked.toString(), notice);
        // a redelivered notice (another id, same parked event) changes nothing
        EventFeed.publish(Topics.PROJECTS, ParkedEventNotice.TYPE, parked.toString(), notice);

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertsAbout(parked)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert).containsEntry("status", "OPEN").containsEntry("projectId", null);
                    assertThat((String) alert.get("message")).contains("projects-service could not publish "
                            + "deliveryhub.project-template.created.v1 event " + parked + " (1262144 bytes)");
                    assertThat(((Number) alert.get("value")).longValue()).isEqualTo(1262144L);
                }));

        ObjectNode requeued = EventFeed.example(RequeuedEventNotice.TYPE);
        ((ObjectNode) requeued.get("state")).put("eventId", parked.toString());
        EventFeed.publish(Topics.PROJECTS, RequeuedEventNotice.TYPE, parked.toString(), requeued);

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertsAbout(parked)).singleElement()
                .satisfies(alert -> assertThat(alert).containsEntry("status", "RESOLVED")));
    }

    @Test
    void aNoticeFromResourcesServiceRaisesAnAlertToo() {
        UUID parked = UUID.randomUUID();
        ObjectNode notice = EventFeed.example(ParkedEventNotice.TYPE);
        ObjectNode state = (ObjectNode) notice.get("state");
        state.put("eventId", parked.toString()).put("service", "resources-service")
                .put("topic", Topics.RESOURCES).put("type", "deliveryhub.time-entries.imported.v1");
        EventFeed.publish(Topics.RESOURCES, ParkedEventNotice.TYPE, parked.toString(), notice);

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertsAbout(parked)).singleElement()
                .satisfies(alert -> assertThat((String) alert.get("message")).startsWith("resources-service could not "
                        + "publish deliveryhub.time-entries.imported.v1")));
    }

    @Test
    void thisServicesOwnParkedEventRaisesAnAlertAndIsListedToAdmin() throws Exception {
        UUID parked = insertTooLargeRow();

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertsAbout(parked)).singleElement()
                .satisfies(alert -> assertThat((String) alert.get("message"))
                        .startsWith("delivery-metrics-service could not publish deliveryhub.test.poison.v1")));
        Api.as(ADMIN).queryParam("size", 500).get(PARKED).then().statusCode(200)
                .body("items.id", hasItem(parked.toString()));
        Api.as(HEAD_OF_DELIVERY).get(PARKED).then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().get(PARKED).then().statusCode(401).contentType("application/problem+json");

        String firstParkedAt = parkedAt(parked);
        Api.as(ADMIN).post(PARKED + "/{id}/requeue", parked).then().statusCode(204);
        // still too large: parked anew, and still one open alert about it (whether or not one resolved in between)
        Awaitility.await().atMost(PATIENCE).until(() -> !firstParkedAt.equals(parkedAt(parked)));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(alertsAbout(parked))
                .extracting(alert -> alert.get("status")).containsOnlyOnce("OPEN"));
    }

    private static List<Map<String, Object>> alertsAbout(UUID parked) {
        return Api.as(TEAM_MEMBER).queryParam("rule", EventParkedRule.NAME).queryParam("size", 500).get(ALERTS)
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.subjectId == '" + parked + "' }");
    }

    private static String parkedAt(UUID parked) {
        return Api.as(ADMIN).queryParam("size", 500).get(PARKED).then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.id == '" + parked + "' }.parkedAt");
    }

    private UUID insertTooLargeRow() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox (id, topic, record_key, type, subject, occurred_at, payload)
                        values (?, ?, ?, 'deliveryhub.test.poison.v1', ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, Topics.DELIVERY);
            insert.setString(3, id.toString());
            insert.setString(4, id.toString());
            insert.setObject(5, OffsetDateTime.now());
            insert.setString(6, "{\"state\":\"" + "x".repeat(1_100_000) + "\"}");
            insert.executeUpdate();
        }
        return id;
    }
}
