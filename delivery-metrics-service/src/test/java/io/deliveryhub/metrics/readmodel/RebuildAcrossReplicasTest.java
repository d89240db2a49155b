package io.deliveryhub.metrics.readmodel;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ChannelRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A rebuild another replica runs, as this replica sees it in the database: its progress is answered here, a second one
 * is refused, and this replica's live channels and alert evaluations wait until it has ended (or its replica died);
 * and a rebuild this replica runs waits for every other live replica to confirm its pause.
 */
@QuarkusTest
class RebuildAcrossReplicasTest {

    private static final String REBUILD = "/api/v1/admin/metrics/rebuild/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    ChannelRegistry channels;

    @Test
    void pausesThisReplicaWhileAnotherRebuildsAndAnswersItsProgress() {
        UUID elsewhere = UUID.randomUUID();
        insertRunning(elsewhere, Instant.now());
        try {
            Awaitility.await().atMost(PATIENCE).until(() -> rebuild.running()
                    && channels.getPausable("projects").isPaused() && channels.getPausable("resources").isPaused());

            Api.as(ADMIN).get(REBUILD + elsewhere).then().statusCode(200)
                    .body("id", is(elsewhere.toString()), "status", is("RUNNING"),
                            "topics[0].topic", is("deliveryhub.projects.v1"), "topics[0].replayed", is(1200),
                            "topics[0].total", is(5000));
            Api.as(ADMIN).post(REBUILD).then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/rebuild-running"), "detail", containsString(elsewhere.toString()));
        } finally {
            finish(elsewhere);
        }
        Awaitility.await().atMost(PATIENCE).until(() -> !rebuild.running()
                && !channels.getPausable("projects").isPaused() && !channels.getPausable("resources").isPaused());
        Api.as(ADMIN).get(REBUILD + elsewhere).then().statusCode(200).body("status", is("COMPLETED"));
    }

    @Test
    void aRebuildWhoseReplicaStoppedBeatingHoldsNobodyAndGivesWayToANewOne() {
        UUID abandoned = UUID.randomUUID();
        insertRunning(abandoned, Instant.now().minus(Rebuilds.SILENT_FOR).minusSeconds(5));
        try {
            assertThat(QuarkusTransaction.requiringNew().call(() -> rebuild.runningAnywhere())).isFalse();

            String location = Api.as(ADMIN).post(REBUILD.substring(0, REBUILD.length() - 1)).then().statusCode(202)
                    .extract().header("Location");
            Api.as(ADMIN).get(REBUILD + abandoned).then().statusCode(200)
                    .body("status", is("FAILED"), "failure", containsString("stopped beating"), "finishedAt", notNullValue());
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN).get(location).then()
                    .statusCode(200).body("status", is("COMPLETED")));
        } finally {
            finish(abandoned);
        }
    }

    @Test
    void aRebuildEmptiesNothingUntilEveryLiveReplicaHasConfirmedItsPause() {
        UUID project = ProjectFeed.knownProject();
        UUID other = UUID.randomUUID();
        otherReplicaAlive(other);
        try {
            String location = Api.as(ADMIN).post(REBUILD.substring(0, REBUILD.length() - 1)).then().statusCode(202)
                    .extract().header("Location");
            UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            // the other replica has not confirmed: the read models stay whole
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() -> {
                Api.as(ADMIN).get(location).then().statusCode(200).body("status", is("RUNNING"));
                assertThat(known(project)).isTrue();
            });

            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    insert into read_model_rebuild_pause (rebuild_id, replica_id, paused_at) values (:rebuild, :replica, now())""")
                    .setParameter("rebuild", id).setParameter("replica", other).executeUpdate());
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN).get(location).then()
                    .statusCode(200).body("status", is("COMPLETED")));
        } finally {
            forget(other);
        }
    }

    @Test
    void aReplicaThatNeverConfirmsItsPauseFailsTheRebuildWithNothingEmptied() {
        UUID project = ProjectFeed.knownProject();
        UUID silent = UUID.randomUUID();
        otherReplicaAlive(silent);
        try {
            String location = Api.as(ADMIN).post(REBUILD.substring(0, REBUILD.length() - 1)).then().statusCode(202)
                    .extract().header("Location");

            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN).get(location).then()
                    .statusCode(200).body("status", is("FAILED"), "failure", containsString("did not confirm")));
            assertThat(known(project)).isTrue();
        } finally {
            forget(silent);
        }
        Awaitility.await().atMost(PATIENCE).until(() -> !rebuild.running());
    }

    /** Another replica whose watch beats (for the next hour) but never pauses for a rebuild. */
    private void otherReplicaAlive(UUID replica) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into metrics_replica (id, seen_at) values (:id, now() + interval '1 hour')")
                .setParameter("id", replica).executeUpdate());
    }

    private void forget(UUID replica) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from metrics_replica where id = :id").setParameter("id", replica).executeUpdate());
    }

    private boolean known(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from project where id = :id").setParameter("id", project).getSingleResult()).intValue() == 1);
    }

    /** What another replica writes when it starts a rebuild and has replayed part of the first topic. */
    private void insertRunning(UUID id, Instant beatAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into read_model_rebuild (id, status, started_at, topics, heartbeat_at)
                values (:id, 'RUNNING', :at, cast(:topics as jsonb), :at)""")
                .setParameter("id", id).setParameter("at", beatAt.atOffset(ZoneOffset.UTC))
                .setParameter("topics", """
                        [{"topic":"deliveryhub.projects.v1","replayed":1200,"skipped":0,"total":5000}]""")
                .executeUpdate());
    }

    private void finish(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update read_model_rebuild set status = 'COMPLETED', finished_at = now() where id = :id and status = 'RUNNING'""")
                .setParameter("id", id).executeUpdate());
        Awaitility.await().atMost(PATIENCE).until(() -> !rebuild.running());
    }
}
