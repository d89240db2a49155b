package io.deliveryhub.metrics.projectkpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.metrics.LockWaits;
import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.metrics.project.ProjectFactsChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two consumers apply facts about one project at once (its events and its time entries come from two topics): the
 * second change, whose statement started before the first committed, must still find the first recorded, or every
 * kept past day of the project would be computed again for nothing.
 */
@QuarkusTest
class PastFactChangesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate SECOND_DAY = LocalDate.of(2026, 3, 12);

    @Inject
    Event<ProjectFactsChanged> factsChanged;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeThatWaitedForAConcurrentOneRecordsOnlyItsOwnDay() throws Exception {
        UUID project = ProjectFeed.knownProject();
        long before = factsVersion(project);

        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            factsChanged.fire(new ProjectFactsChanged(project, FIRST_DAY));
            recorded.countDown();
            await(release);
        }));
        assertThat(recorded.await(60, TimeUnit.SECONDS)).as("the first change recorded, not committed").isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(
                () -> factsChanged.fire(new ProjectFactsChanged(project, SECOND_DAY))));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> LockWaits.waiting(dataSource, "with now as (update project set facts_version") > 0);
        release.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        assertThat(changes(project)).as("the days each change counts from, with the version it moved to")
                .containsEntry(FIRST_DAY.toString(), before + 1).containsEntry(SECOND_DAY.toString(), before + 2)
                .doesNotContainEntry("-infinity", before + 1);
    }

    @Test
    void aMoveOfTheVersionThatNoChangeRecordedCountsOnAnyDay() throws Exception {
        UUID project = ProjectFeed.knownProject();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement moved = connection.prepareStatement(
                        "update project set facts_version = facts_version + 1 where id = ? returning facts_version")) {
            moved.setObject(1, project);
            try (ResultSet version = moved.executeQuery()) {
                version.next();
                long unrecorded = version.getLong(1);
                QuarkusTransaction.requiringNew().run(() -> factsChanged.fire(new ProjectFactsChanged(project,
                        FIRST_DAY)));
                assertThat(changes(project)).containsEntry("-infinity", unrecorded)
                        .containsEntry(FIRST_DAY.toString(), unrecorded + 1);
            }
        }
    }

    private long factsVersion(UUID project) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select facts_version from project where id = ?")) {
            read.setObject(1, project);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Of each day a change of the project counts from, the latest version it moved to. */
    private Map<String, Long> changes(UUID project) throws SQLException {
        Map<String, Long> changes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select effective_on::text, facts_version from project_fact_change where project_id = ?")) {
            read.setObject(1, project);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    changes.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return changes;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
