package io.deliveryhub.resources.outage;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.PostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database taken away and brought back on the same data and port, as in a restart or a failover: requests get
 * 503 with Retry-After and never 500, readiness goes DOWN and UP again by itself, and the consumer waits the outage out
 * and then applies every event once, dead-lettering none.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String CREATED = "deliveryhub.project.created.v1";
    private static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";
    private static final int WRITERS = 4;

    @AfterEach
    void databaseIsBack() {
        PostgresServer postgres = DeliveryHubTestResource.postgres();
        if (!postgres.isRunning()) {
            postgres.restart();
        }
        awaitReadiness(200);
    }

    @Test
    void writersUnderARestartGetOnly503sWithRetryAfterAndThenSucceedAgain() throws InterruptedException {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> retryAfterMissing = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.execute(() -> {
                while (writing.get()) {
                    Response response = Api.as(DELIVERY_MANAGER).body(Fixtures.person(Fixtures.unique()))
                            .post("/api/v1/people");
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 503 && response.header("Retry-After") == null) {
                        retryAfterMissing.add(response.asString());
                    }
                }
            });
        }
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> statuses.getOrDefault(201, 0) >= 20);
            DeliveryHubTestResource.postgres().stop();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> statuses.getOrDefault(503, 0) >= 8);
            Api.as(ADMIN).get("/api/v1/people").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", not(emptyOrNullString()))
                    .body("type", endsWith("/service-unavailable"), "status", is(503));
            awaitReadiness(503);

            DeliveryHubTestResource.postgres().restart();
            int createdBefore = statuses.getOrDefault(201, 0);
            awaitReadiness(200);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> statuses.getOrDefault(201, 0) >= createdBefore + 20);
        } finally {
            writing.set(false);
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(statuses.keySet()).as("answers during and after the outage: %s", statuses)
                .containsOnly(201, 503);
        assertThat(retryAfterMissing).isEmpty();
    }

    @Test
    void aConsumerWaitsOutAnOutageLongerThanItsOldRetriesAndAppliesEveryEventOnce() {
        UUID project = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, project.toString(), project(project, 1, "PROPOSED"));
        awaitStatus(project, "PROPOSED");

        DeliveryHubTestResource.postgres().stop();
        UUID other = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, project.toString(), project(project, 2, "PLANNING"));
        EventFeed.publish(Topics.PROJECTS, CREATED, other.toString(), project(other, 1, "PROPOSED"));
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, project.toString(), project(project, 3, "ACTIVE"));
        // Far longer than the two seconds after which a consumer used to dead-letter a good event.
        Awaitility.await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(20))
                .until(() -> readiness() == 503);
        DeliveryHubTestResource.postgres().restart();

        awaitStatus(project, "ACTIVE");
        awaitStatus(other, "PROPOSED");
        Api.as(ADMIN).get("/api/v1/known-projects/" + project).then().body("version", is(3));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).queryParam("size", 500)
                .get("/api/v1/admin/resources/dead-letters")
                .then().statusCode(200)
                .body("items.findAll { it.key == '" + project + "' || it.key == '" + other + "' }", empty());
    }

    private static int readiness() {
        return RestAssured.given().get("/q/health/ready").statusCode();
    }

    private static void awaitReadiness(int status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> readiness() == status);
    }

    private static void awaitStatus(UUID id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + id).then().statusCode(200).body("status", is(status)));
    }

    private static ObjectNode project(UUID id, int version, String status) {
        ObjectNode payload = EventFeed.example(CREATED);
        payload.put("version", version);
        ((ObjectNode) payload.get("state")).put("id", id.toString())
                .put("key", "K" + id.toString().substring(0, 8).toUpperCase()).put("status", status)
                .put("version", version);
        return payload;
    }
}
