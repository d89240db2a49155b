package io.deliveryhub.deploy;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.testkit.TopicClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A project created at the gateway, followed through the services that learn about it from its event. */
@ExtendWith(RunningStack.class)
class NewProjectIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @Test
    void aProjectCreatedAtTheGatewayReachesEveryServiceThroughItsEvent(LocalStack stack) {
        int projectsBefore = gateway(stack).get("/api/v1/metrics/portfolio")
                .then().statusCode(200).extract().path("projects.total");

        String clientId = gateway(stack)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Acme Bank", "industry", "Banking"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201)
                .extract().path("id");
        String key = "E2E-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String projectId = gateway(stack)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "key", key,
                        "name", "Acme payments platform",
                        "clientId", clientId,
                        "plannedStart", "2026-03-02",
                        "plannedEnd", "2026-09-30",
                        "budget", Map.of("amount", "250000.00", "currency", "EUR")))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("Location", startsWith(stack.gatewayUrl() + "/api/v1/projects/"))
                .body("status", equalTo("PROPOSED"))
                .extract().path("id");

        gateway(stack).get("/api/v1/projects/" + key)
                .then().statusCode(200).body("id", equalTo(projectId)).body("clientId", equalTo(clientId));

        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/known-projects/" + projectId)
                .then().statusCode(200).body("key", equalTo(key)).body("status", equalTo("PROPOSED")));

        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/metrics/portfolio")
                .then().statusCode(200).body("projects.total", equalTo(projectsBefore + 1)));

        Predicate<ConsumerRecord<String, String>> created = record -> projectId.equals(record.key())
                && "deliveryhub.project.created.v1".equals(TopicClient.header(record, "ce_type"));
        ConsumerRecord<String, String> event = TopicClient.awaitRecord(stack.kafkaBootstrapServers(),
                "deliveryhub.projects.v1", created, PROPAGATION).stream().filter(created).findFirst().orElseThrow();
        assertThat(TopicClient.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicClient.header(event, "ce_source")).isEqualTo("projects-service");
        assertThat(TopicClient.header(event, "ce_subject")).isEqualTo(projectId);
        assertThat(TopicClient.header(event, "ce_id")).isNotBlank();
        assertThat(event.value()).contains(key);
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given()
                .baseUri(stack.gatewayUrl().toString())
                .header("X-API-Key", stack.adminApiKey());
    }
}
