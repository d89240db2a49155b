package io.deliveryhub.metrics.projectalert;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.project.Project;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What the scheduled evaluation judges again between two looks: the watched projects whose facts changed. */
@QuarkusTest
class WatchedProjectChangesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Inject
    WatchedProjectChanges changes;

    @Test
    void namesTheProjectsWhoseFactsChangedOrThatLeftTheWatchedStatusesUntilTheDayChanges() {
        UUID reported = knownProject();
        UUID closed = knownProject();
        UUID untouched = knownProject();
        changes.sinceLastLook(DAY);

        Optional<Set<UUID>> quiet = changes.sinceLastLook(DAY);
        assertTrue(quiet.isPresent(), "a second look on the same day names changes");
        assertFalse(quiet.get().contains(reported));

        ObjectNode report = fact(STATUS_REPORT_POSTED, reported, UUID.randomUUID(), 1);
        state(report).put("asOf", DAY.toString()).put("overall", "RED").put("createdAt", DAY + "T16:00:00Z");
        publish(STATUS_REPORT_POSTED, reported, report);
        publish(PROJECT_STATUS_CHANGED, closed, project(closed, 2, "CLOSED"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Project.<Project> findById(closed).status.equals("CLOSED")
                        && factsVersion(reported) > 0));

        Set<UUID> changed = changes.sinceLastLook(DAY).orElseThrow();
        assertTrue(changed.containsAll(Set.of(reported, closed)), "changed: " + changed);
        assertFalse(changed.contains(untouched));
        assertTrue(changes.sinceLastLook(DAY.plusDays(1)).isEmpty(), "a new day judges every project");
    }

    private static long factsVersion(UUID project) {
        return ((Number) Project.getEntityManager().createNativeQuery("select facts_version from project where id = ?1")
                .setParameter(1, project).getSingleResult()).longValue();
    }
}
