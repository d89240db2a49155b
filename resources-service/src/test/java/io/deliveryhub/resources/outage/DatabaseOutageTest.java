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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
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
        try (Writers writers = Writers.start()) {
            writers.awaitCreated(20);
            DeliveryHubTestResource.postgres().stop();
            writers.await503s(8);
            Api.as(ADMIN).get("/api/v1/people").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", not(emptyOrNullString()))
                    .body("type", endsWith("/service-unavailable"), "status", is(503));
            awaitReadiness(503);

            DeliveryHubTestResource.postgres().restart();
            int createdBefore = writers.created();
            awaitReadiness(200);
            writers.awaitCreated(createdBefore + 20);
            writers.assertOnlyCreatedOrUnavailable();
        }
    }

    @Test
    void writersWhoseSessionsAreTerminatedGetOnly503sAndCarryOn() throws Exception {
        try (Writers writers = Writers.start()) {
            writers.awaitCreated(20);
            terminateEverySession();
            int createdBefore = writers.created();
            writers.awaitCreated(createdBefore + 20);
            writers.assertOnlyCreatedOrUnavailable();
        }
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
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("deliveryhub_inbox_outage_retries_total"));
    }

    /** As a crash of one backend makes the server do to every connection: each open session ends (57P01). */
    private static void terminateEverySession() throws SQLException {
        PostgresServer postgres = DeliveryHubTestResource.postgres();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection admin = DriverManager.getConnection(url, postgres.username(), postgres.password());
                Statement statement = admin.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = current_database() and pid <> pg_backend_pid()");
        }
    }

    /** Writers creating people as fast as they can, counting the answers by status. */
    private static final class Writers implements AutoCloseable {

        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final List<String> withoutRetryAfter = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);

        static Writers start() {
            Writers writers = new Writers();
            for (int i = 0; i < WRITERS; i++) {
                writers.threads.execute(writers::write);
            }
            return writers;
        }

        private void write() {
            while (writing.get()) {
                Response response = Api.as(DELIVERY_MANAGER).body(Fixtures.person(Fixtures.unique()))
                        .post("/api/v1/people");
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 503 && response.header("Retry-After") == null) {
                    withoutRetryAfter.add(response.asString());
                }
            }
        }

        int created() {
            return statuses.getOrDefault(201, 0);
        }

        void awaitCreated(int count) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> created() >= count);
        }

        void await503s(int count) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> statuses.getOrDefault(503, 0) >= count);
        }

        void assertOnlyCreatedOrUnavailable() {
            assertThat(statuses.keySet()).as("answers: %s", statuses).containsOnly(201, 503);
            assertThat(withoutRetryAfter).isEmpty();
        }

        @Override
        public void close() throws InterruptedException {
            writing.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
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
