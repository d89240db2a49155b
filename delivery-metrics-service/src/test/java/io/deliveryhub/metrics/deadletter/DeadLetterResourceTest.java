package io.deliveryhub.metrics.deadletter;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.platform.deadletter.DeadLetterHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadLetterResourceTest {

    private static final String PATH = "/api/v1/admin/metrics/dead-letters";

    @Test
    void listsWhatItsOwnConsumersParkedWithWhoAndWhy() {
        String key = UUID.randomUUID().toString();
        TopicClient.write(Topics.RESOURCES, key, "{not json", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "deliveryhub.time-entry.recorded.v1", "ce_source", "test-feed", "ce_subject", key,
                "ce_time", "2026-03-02T17:00:00Z"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN)
                .queryParam("topic", Topics.RESOURCES).queryParam("size", 500).get(PATH)
                .then().statusCode(200)
                .body("items.find { it.key == '" + key + "' }.consumer", is("delivery-metrics.resources"))
                .body("items.find { it.key == '" + key + "' }.service", is("delivery-metrics-service"))
                .body("items.find { it.key == '" + key + "' }.reason", containsString("not JSON"))
                .body("items.find { it.key == '" + key + "' }.origin.topic", is(Topics.RESOURCES))
                .body("items.find { it.key == '" + key + "' }.applied", is(false)));
    }

    @Test
    void leavesAnotherServicesDeadLettersToThatService() {
        String theirs = UUID.randomUUID().toString();
        TopicClient.write(Topics.deadLetter(Topics.PROJECTS), theirs, "{}",
                Map.of(DeadLetterHeaders.CONSUMER, "resources.known-projects", DeadLetterHeaders.SERVICE,
                        "resources-service"));
        String ours = UUID.randomUUID().toString();
        TopicClient.write(Topics.deadLetter(Topics.PROJECTS), ours, "{}",
                Map.of(DeadLetterHeaders.CONSUMER, "delivery-metrics.projects", DeadLetterHeaders.SERVICE,
                        "delivery-metrics-service"));

        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).queryParam("size", 500).get(PATH)
                .then().statusCode(200)
                .body("items.key", hasItem(ours), "items.key", not(hasItem(theirs)));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(Map.of("all", true)).post(PATH + "/replay")
                .then().statusCode(200)
                .body("replayed.find { it.outcome == 'FAILED' && it.eventId == null }", notNullValue());
    }

    @Test
    void isForAdminsOnly() {
        Api.anonymous().queryParam("topic", Topics.RESOURCES).get(PATH).then().statusCode(401);
        Api.as(DELIVERY_MANAGER).queryParam("topic", Topics.RESOURCES).get(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(HEAD_OF_DELIVERY).queryParam("topic", Topics.RESOURCES).body(Map.of("all", true))
                .post(PATH + "/replay").then().statusCode(403);
    }
}
