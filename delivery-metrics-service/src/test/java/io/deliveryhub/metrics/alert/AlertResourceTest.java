package io.deliveryhub.metrics.alert;

import static io.deliveryhub.metrics.Telemetry.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The DORA change-failure-rate rule end to end: telemetry of the last days raises an alert, it can be
 * acknowledged, and it resolves itself once the rate is back under the threshold. Evaluations are run by the
 * test itself; each telemetry change triggers one in the background too, and evaluations of a rule take turns
 * over current data, so the outcome is the same.
 */
@QuarkusTest
class AlertResourceTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final String RULE = "DORA_CHANGE_FAILURE_RATE";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AlertEngine engine;

    @Test
    void raisesAcknowledgesAndResolvesAChangeFailureRateAlert() throws Exception {
        UUID project = ProjectFeed.knownProject();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String failing = deploy(project, now.minus(3, ChronoUnit.DAYS));
        deploy(project, now.minus(2, ChronoUnit.DAYS));
        post("/api/v1/incidents", with(incident(project, now.minus(3, ChronoUnit.DAYS).plusSeconds(600).toString()),
                "deploymentExternalId", failing)).statusCode(201);

        engine.evaluate();
        engine.evaluate();

        String id = Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).queryParam("rule", RULE)
                .get(ALERTS).then().statusCode(200)
                .body("total", is(1), "items[0].status", is("OPEN"), "items[0].subjectId", is(project.toString()),
                        "items[0].value", is(0.5f), "items[0].threshold", is(0.15f),
                        "items[0].message", containsString("0.500"))
                .extract().path("items[0].id");

        Api.as(PROJECT_MANAGER).post(ALERTS + "/" + id + "/acknowledge").then().statusCode(403)
                .body("type", endsWith("/not-your-project"));
        Api.withToken(TestTokens.person(UUID.fromString(projectManagerOf(project)), PROJECT_MANAGER))
                .post(ALERTS + "/" + id + "/acknowledge").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", is("ACKNOWLEDGED"), "acknowledgedBy", startsWith("person-"),
                        "acknowledgedAt", notNullValue());
        Api.as(HEAD_OF_DELIVERY).post(ALERTS + "/" + id + "/acknowledge").then().statusCode(200)
                .body("version", is(2));

        // Ten more clean deployments: 1 of 12 = 0.083, under the threshold.
        for (int i = 0; i < 10; i++) {
            deploy(project, now.minus(1, ChronoUnit.DAYS).plusSeconds(60L * i));
        }
        engine.evaluate();

        Api.as(HEAD_OF_DELIVERY).get(ALERTS + "/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("status", is("RESOLVED"), "resolvedAt", notNullValue());
        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("status", "OPEN").get(ALERTS).then()
                .statusCode(200).body("total", is(0));
        Api.as(HEAD_OF_DELIVERY).post(ALERTS + "/" + id + "/acknowledge").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/alert-resolved"));

        List<ConsumerRecord<String, String>> events = TopicClient.awaitRecord(Topics.ALERTS,
                record -> id.equals(header(record, CloudEventHeaders.SUBJECT))
                        && "deliveryhub.alert.resolved.v1".equals(header(record, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(30)).stream().filter(record -> id.equals(header(record, CloudEventHeaders.SUBJECT)))
                .toList();
        assertThat(events).extracting(record -> header(record, CloudEventHeaders.TYPE)).containsExactly(
                "deliveryhub.alert.raised.v1", "deliveryhub.alert.acknowledged.v1", "deliveryhub.alert.resolved.v1");
        assertThat(events).allMatch(record -> project.toString().equals(record.key()));
        for (ConsumerRecord<String, String> event : events) {
            EventSchemas.assertValid(header(event, CloudEventHeaders.TYPE), event.value());
        }
        JsonNode raised = JSON.readTree(events.get(0).value());
        assertThat(raised.at("/state/rule").asText()).isEqualTo(RULE);
    }

    @Test
    void raisesAnAlertSoonAfterTheTelemetryThatBreachesTheRuleCommits() {
        UUID project = ProjectFeed.knownProject();
        String failing = deploy(project, Instant.now().minus(1, ChronoUnit.DAYS));
        post("/api/v1/incidents", with(incident(project, Instant.now().minus(20, ChronoUnit.HOURS).toString()),
                "deploymentExternalId", failing)).statusCode(201);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(TEAM_MEMBER)
                .queryParam("projectId", project.toString()).get(ALERTS).then().statusCode(200)
                .body("total", is(1), "items[0].status", is("OPEN"), "items[0].value", is(1)));
    }

    @Test
    void raisesNothingForAProjectUnderTheThreshold() {
        UUID project = ProjectFeed.knownProject();
        deploy(project, Instant.now().minus(1, ChronoUnit.DAYS));

        engine.evaluate();

        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(ALERTS).then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void letsOnlyManagersAcknowledge() {
        String unknown = ALERTS + "/" + UUID.randomUUID() + "/acknowledge";
        for (String role : new String[] { TEAM_MEMBER, DELIVERY_LEAD, ADMIN, INTEGRATION_PIPELINES }) {
            Api.as(role).post(unknown).then().statusCode(403).contentType("application/problem+json");
        }
        Api.as(PROJECT_MANAGER).post(unknown).then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().post(unknown).then().statusCode(401);
    }

    @Test
    void letsPeopleAndAdminReadButNoIntegration() {
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD,
                TEAM_MEMBER, ADMIN }) {
            Api.as(role).get(ALERTS).then().statusCode(200);
        }
        Api.as(INTEGRATION_PIPELINES).get(ALERTS).then().statusCode(403);
        Api.as(ADMIN).get(ALERTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesUnknownFilters() {
        Api.as(ADMIN).queryParam("rule", "NO_SUCH_RULE").get(ALERTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("rule"), "errors[0].message", containsString(RULE));
        Api.as(ADMIN).queryParam("status", "CLOSED").get(ALERTS).then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.as(ADMIN).queryParam("projectId", "ACME").get(ALERTS).then().statusCode(400)
                .body("errors[0].field", is("projectId"));
    }

    private static String deploy(UUID project, Instant finishedAt) {
        return post("/api/v1/deployments", deployment(project, finishedAt.toString())).statusCode(201)
                .extract().path("externalId");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TopicClient.header(record, name);
    }

    /** The project manager the project's event named, as the read model holds it. */
    private static String projectManagerOf(UUID project) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Project.<Project> findById(project).projectManagerId.toString());
    }
}
