package io.deliveryhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.testkit.TopicClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CRM opportunity's role demand followed end to end (docs/pipeline-demand.md): imported at the gateway into
 * projects-service, carried by the project's events over Kafka to resources-service, where capacity planning shows it
 * as pipeline hours weighted by the win probability; won, it becomes resource requests, once whatever the replays.
 */
@ExtendWith(RunningStack.class)
class PipelineDemandIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";

    @Test
    void anOpportunitysDemandIsWeightedPipelineUntilWonAndThenRequestsOnce(LocalStack stack) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String role = "Pipeline engineer " + marker;
        String projectId = importOpportunity(stack, marker, role, "NEGOTIATION", "PROPOSED");

        // 40 h a week × 0.25 in each of the two weeks; none of it is committed demand yet.
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath weeks = capacityOf(stack, role);
            assertWeeks(weeks, "pipelineHours", 10.0f);
            assertWeeks(weeks, "requestHours", 0.0f);
        });

        importOpportunity(stack, marker, role, "CLOSED_WON", "PLANNING");
        importOpportunity(stack, marker, role, "CLOSED_WON", "PLANNING");
        await().atMost(PROPAGATION).untilAsserted(() -> requestsOf(stack, projectId).then().statusCode(200)
                .body("total", is(1), "items[0].role", equalTo(role), "items[0].status", equalTo("OPEN"),
                        "items[0].hoursPerWeek", is(40.0f), "items[0].from", equalTo("2026-03-02"),
                        "items[0].to", equalTo("2026-03-13")));
        JsonPath won = capacityOf(stack, role);
        assertWeeks(won, "pipelineHours", 0.0f);
        assertWeeks(won, "requestHours", 40.0f);

        redeliverTwice(stack, projectId);
        awaitLaterEventApplied(stack, projectId);
        requestsOf(stack, projectId).then().statusCode(200).body("total", is(1));
    }

    private static String importOpportunity(LocalStack stack, String marker, String role, String stage,
            String status) {
        Map<String, Object> line = Map.of("id", "00kE2E" + marker, "role", role, "hoursPerWeek", 40,
                "from", "2026-03-02", "to", "2026-03-13");
        return gateway(stack).contentType(ContentType.JSON)
                .body(Map.of("opportunityId", "006E2E" + marker, "accountId", "001E2E" + marker,
                        "accountName", "Pipeline Bank " + marker, "name", "Pipeline platform " + marker,
                        "stage", stage, "probability", 0.25, "expectedStart", "2026-03-02",
                        "expectedEnd", "2026-06-30", "demand", List.of(line)))
                .post("/api/v1/integrations/crm/opportunities")
                .then().statusCode(200).body("status", equalTo(status)).extract().path("projectId");
    }

    /** The won event written to the topic again, twice, as a broker redelivers it after a consumer crash. */
    private static void redeliverTwice(LocalStack stack, String projectId) {
        Predicate<ConsumerRecord<String, String>> won = record -> projectId.equals(record.key())
                && STATUS_CHANGED.equals(TopicClient.header(record, "ce_type"));
        ConsumerRecord<String, String> event = TopicClient.awaitRecord(stack.kafkaBootstrapServers(),
                "deliveryhub.projects.v1", won, PROPAGATION).stream().filter(won).findFirst().orElseThrow();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : event.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 2; i++) {
            TopicClient.write(stack.kafkaBootstrapServers(), event.topic(), event.key(), event.value(), headers);
        }
    }

    /**
     * A change of the project after the redeliveries: its event has the same key, so the same partition, and
     * resources-service applies it only after them.
     */
    private static void awaitLaterEventApplied(LocalStack stack, String projectId) {
        String etag = gateway(stack).get("/api/v1/projects/{id}", projectId).then().statusCode(200).extract()
                .header("ETag");
        String renamed = "Pipeline platform, won " + UUID.randomUUID();
        gateway(stack).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", renamed)).patch("/api/v1/projects/{id}", projectId).then().statusCode(200);
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/known-projects/{id}", projectId)
                .then().statusCode(200).body("name", equalTo(renamed)));
    }

    /** The role's two weeks of capacity, W10 and W11 of 2026. */
    private static JsonPath capacityOf(LocalStack stack, String role) {
        return gateway(stack).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .queryParam("groupBy", "role").get("/api/v1/capacity").then().statusCode(200).extract().jsonPath()
                .setRootPath("groups.find { it.group == '" + role + "' }");
    }

    private static void assertWeeks(JsonPath role, String field, float hours) {
        org.assertj.core.api.Assertions.assertThat(role.getList("weeks." + field, Float.class))
                .as(field).containsExactly(hours, hours);
    }

    private static io.restassured.response.Response requestsOf(LocalStack stack, String projectId) {
        return gateway(stack).queryParam("projectId", projectId).get("/api/v1/resource-requests");
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).header("X-API-Key", stack.adminApiKey());
    }
}
