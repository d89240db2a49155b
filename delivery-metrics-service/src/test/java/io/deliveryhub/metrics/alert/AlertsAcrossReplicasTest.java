package io.deliveryhub.metrics.alert;

import static io.deliveryhub.metrics.Telemetry.*;
import static io.deliveryhub.platform.security.Roles.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.metrics.readmodel.ReadModelRebuild;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What N replicas of the service do to alerts: evaluations that run at once raise an alert once, a sweep is skipped
 * while another replica's runs and runs once per period, and no replica judges the read models while another
 * rebuilds them.
 */
@QuarkusTest
class AlertsAcrossReplicasTest {

    private static final String ALERTS = "/api/v1/alerts";

    @Inject
    AlertEngine engine;

    @Inject
    ReplicaLocks locks;

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    EntityManager entityManager;

    @Test
    void evaluationsRunningAtOnceRaiseTheAlertOnce() throws Exception {
        UUID project = breachingProject();
        CyclicBarrier together = new CyclicBarrier(4);
        CompletableFuture<?>[] evaluations = new CompletableFuture<?>[4];
        for (int i = 0; i < evaluations.length; i++) {
            evaluations[i] = CompletableFuture.runAsync(() -> {
                awaitOthers(together);
                engine.evaluate();
            });
        }
        CompletableFuture.allOf(evaluations).get(60, TimeUnit.SECONDS);

        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(ALERTS).then().statusCode(200)
                .body("total", is(1), "items[0].status", is("OPEN"));
    }

    @Test
    void aSweepIsSkippedWhileAnotherReplicaSweeps() throws Exception {
        boolean[] skipped = new boolean[1];
        boolean ran = locks.runAlone("alert-sweep", () -> {
            try {
                skipped[0] = !CompletableFuture.supplyAsync(() -> locks.runAlone("alert-sweep", () -> {
                })).get(10, TimeUnit.SECONDS);
                // the schedule of this replica returns at once instead of waiting its turn
                CompletableFuture.runAsync(engine::onSchedule).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(ran).isTrue();
        assertThat(skipped[0]).isTrue();
        assertThat(locks.runAlone("alert-sweep", () -> {
        })).isTrue();
    }

    @Test
    void replicasWhoseTurnsComeInOnePeriodSweepOnce() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from replica_lease where name = 'alert-sweep'").executeUpdate());
        Duration period = Duration.ofMinutes(10);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> atOnce = List.of(
                CompletableFuture.supplyAsync(() -> sweepAfter(together, period)),
                CompletableFuture.supplyAsync(() -> sweepAfter(together, period)));
        CompletableFuture.allOf(atOnce.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(atOnce.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);
        // a third replica whose turn comes after the first sweep ended, in the same period
        assertThat(engine.sweepOncePer(period)).isFalse();
    }

    @Test
    void aLeaseIsTakenOnceUntilItExpires() {
        String work = "lease-" + UUID.randomUUID();
        assertThat(locks.tryLease(work, Duration.ofHours(1))).isTrue();
        assertThat(locks.tryLease(work, Duration.ofHours(1))).isFalse();

        String expiring = "lease-" + UUID.randomUUID();
        assertThat(locks.tryLease(expiring, Duration.ZERO)).isTrue();
        assertThat(locks.tryLease(expiring, Duration.ZERO)).as("expired as it was taken").isTrue();
    }

    @Test
    void theSweepLeaseEndsALittleBeforeTheNextTurn() {
        assertThat(AlertEngine.sweepLease("60s")).isEqualTo(Duration.ofSeconds(54));
        assertThat(AlertEngine.sweepLease("off")).isEqualTo(Duration.ZERO);
    }

    @Test
    void noAlertIsJudgedWhileAnotherReplicaRebuildsTheReadModels() {
        // known before the rebuild starts: once this replica's watch sees it, its consumers pause
        UUID project = ProjectFeed.knownProject();
        UUID elsewhere = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into read_model_rebuild (id, status, started_at, topics, heartbeat_at)
                values (:id, 'RUNNING', now(), cast('[]' as jsonb), now())""")
                .setParameter("id", elsewhere).executeUpdate());
        try {
            // evaluated whether or not this replica's watch has seen the rebuild yet: the database says no
            breach(project);
            engine.evaluate();
            Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(ALERTS).then().statusCode(200)
                    .body("total", is(0));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update read_model_rebuild set status = 'COMPLETED', finished_at = now() where id = :id")
                    .setParameter("id", elsewhere).executeUpdate());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !rebuild.running());
        }

        engine.evaluate();
        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(ALERTS).then().statusCode(200)
                .body("total", is(1));
    }

    /** A project whose change failure rate (one failed deployment of two) is over the threshold. */
    private static UUID breachingProject() {
        return breach(ProjectFeed.knownProject());
    }

    private static UUID breach(UUID project) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String failing = post("/api/v1/deployments", deployment(project, now.minus(3, ChronoUnit.DAYS).toString()))
                .statusCode(201).extract().path("externalId");
        post("/api/v1/deployments", deployment(project, now.minus(2, ChronoUnit.DAYS).toString())).statusCode(201);
        post("/api/v1/incidents", with(incident(project, now.minus(3, ChronoUnit.DAYS).plusSeconds(600).toString()),
                "deploymentExternalId", failing)).statusCode(201);
        return project;
    }

    private boolean sweepAfter(CyclicBarrier barrier, Duration period) {
        awaitOthers(barrier);
        return engine.sweepOncePer(period);
    }

    private static void awaitOthers(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
