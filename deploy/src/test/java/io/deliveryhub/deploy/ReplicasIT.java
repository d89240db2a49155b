package io.deliveryhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.deliveryhub.deploy.local.ServiceReplica;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stack as {@code deploy/local/run --replicas 2} starts it: two JVMs of each backend service behind one gateway,
 * sharing each service's database and consumer group. The last test kills a replica (and starts it again), so it
 * runs last.
 */
@ExtendWith(RunningStack.class)
@Replicas(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    @Order(1)
    void writesThroughTheGatewayLandOnEveryReplica(LocalStack stack) {
        for (int i = 0; i < 6; i++) {
            gateway(stack).body(Map.of("name", "Replica Client " + UUID.randomUUID(), "industry", "Banking"))
                    .post("/api/v1/clients").then().statusCode(201);
        }

        List<Double> createdOnEach = stack.urls(Service.PROJECTS).stream()
                .map(replica -> requestsCounted(replica, "POST", "/api/v1/clients", "201")).toList();
        assertThat(createdOnEach).hasSize(2).allMatch(created -> created >= 1);
        assertThat(createdOnEach.stream().mapToDouble(Double::doubleValue).sum()).isGreaterThanOrEqualTo(6);
    }

    @Test
    @Order(2)
    void anAlertConditionSeenByTwoReplicasRaisesOneAlert(LocalStack stack) {
        String projectId = project(stack, "ALERT");
        awaitKnownToMetrics(stack, projectId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // two failed deployments of four: each write goes to one of the two replicas, which both evaluate at once
        for (int i = 0; i < 4; i++) {
            String deployment = gateway(stack).body(deployment(projectId, now.minus(4 - i, ChronoUnit.HOURS)))
                    .post("/api/v1/deployments").then().statusCode(201).extract().path("externalId");
            if (i % 2 == 0) {
                gateway(stack).body(Map.of("externalId", "incident-" + UUID.randomUUID(), "projectId", projectId,
                                "service", "payments-api", "openedAt", now.minus(4 - i, ChronoUnit.HOURS).plusSeconds(60).toString(),
                                "severity", "SEV2", "deploymentExternalId", deployment))
                        .post("/api/v1/incidents").then().statusCode(201);
            }
        }

        await().atMost(PROPAGATION).untilAsserted(() -> alerts(stack, projectId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].rule", equalTo("DORA_CHANGE_FAILURE_RATE")));
        // and it stays one while both replicas' later evaluations come in
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> alerts(stack, projectId)
                .then().statusCode(200).body("total", equalTo(1)));
    }

    @Test
    @Order(3)
    void aReplicaKilledMidStreamLeavesTheProjectionsExact(LocalStack stack) {
        // projects keyed to different partitions, so that both delivery-metrics replicas consume some of them
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            projects.add(project(stack, "KILL" + i));
        }
        int milestonesEach = 15;
        ServiceReplica second = stack.settings().replicasOf(Service.DELIVERY_METRICS).get(1);
        boolean killed = false;
        try {
            for (int m = 0; m < milestonesEach; m++) {
                if (m == milestonesEach / 2) {
                    stack.kill(second);
                    killed = true;
                }
                for (String project : projects) {
                    gateway(stack).body(Map.of("name", "Milestone " + m, "dueDate", "2026-12-" + (10 + m)))
                            .post("/api/v1/projects/{p}/milestones", project).then().statusCode(201);
                }
            }

            long written = System.nanoTime();
            for (String project : projects) {
                await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack)
                        .get("/api/v1/metrics/projects/{p}", project).then().statusCode(200)
                        .body("schedule.milestonesTotal", equalTo(milestonesEach)));
            }
            System.out.printf("replica killed mid-stream: %d milestones written (every one 201), all applied %.1f s "
                    + "after the last write%n", projects.size() * milestonesEach, (System.nanoTime() - written) / 1e9);
        } finally {
            // the test classes after this one may share the stack (-Ddeliveryhub.e2e.replicas=2)
            if (killed) {
                stack.restart(second);
            }
        }
    }

    private static String project(LocalStack stack, String prefix) {
        String clientId = gateway(stack).body(Map.of("name", "Replicas " + UUID.randomUUID(), "industry", "Retail"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        return gateway(stack).body(Map.of(
                        "key", prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "name", "Replicas " + prefix,
                        "clientId", clientId,
                        "plannedStart", "2026-11-02",
                        "plannedEnd", "2027-03-31",
                        "budget", Map.of("amount", "100000.00", "currency", "EUR")))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static void awaitKnownToMetrics(LocalStack stack, String projectId) {
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/metrics/projects/{p}", projectId)
                .then().statusCode(200));
    }

    private static Map<String, Object> deployment(String projectId, Instant finishedAt) {
        return Map.of("externalId", "deploy-" + UUID.randomUUID(), "projectId", projectId, "service", "payments-api",
                "environment", "production", "startedAt", finishedAt.minusSeconds(600).toString(),
                "finishedAt", finishedAt.toString(), "status", "SUCCESS", "commits", List.of());
    }

    private static io.restassured.response.Response alerts(LocalStack stack, String projectId) {
        return gateway(stack).queryParam("projectId", projectId).get("/api/v1/alerts");
    }

    /** The requests one replica has answered, from its own Prometheus metrics. */
    private static double requestsCounted(URI replica, String method, String uri, String status) {
        String metrics = RestAssured.given().baseUri(replica.toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("method=\"" + method + "\"") && line.contains("uri=\"" + uri + "\"")
                        && line.contains("status=\"" + status + "\""))
                .map(line -> line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line) // drop a trace exemplar
                .mapToDouble(sample -> Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given()
                .baseUri(stack.gatewayUrl().toString())
                .header("X-API-Key", stack.adminApiKey())
                .contentType(ContentType.JSON);
    }
}
