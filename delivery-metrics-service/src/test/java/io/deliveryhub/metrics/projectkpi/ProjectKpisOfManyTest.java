package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.metrics.KpiFeed.plannedProject;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of many projects on one day (what the alert rules and the stored snapshots compute) take each project's
 * latest status report on or before the day, as the KPIs of one project do: of two reports of one day the one posted
 * later, and none dated after the day.
 */
@QuarkusTest
class ProjectKpisOfManyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ProjectKpiService kpis;

    @Test
    void takesEachProjectsLatestReportOnOrBeforeTheDay() {
        UUID reported = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        publish(PROJECT_CREATED, reported, plannedProject(reported));
        publish(PROJECT_CREATED, quiet, plannedProject(quiet));
        // posted in this order, the later one of 6 March first on the topic: the time it was posted decides
        report(reported, "2026-03-06", "RED", 40, "2026-03-06T16:00:00Z");
        report(reported, "2026-03-06", "AMBER", 20, "2026-03-06T09:00:00Z");
        report(reported, "2026-03-05", "GREEN", 10, "2026-03-06T18:00:00Z");
        report(reported, "2026-03-07", "GREEN", 90, "2026-03-07T09:00:00Z");

        // one partition per project: once the last report shows, the others have been applied
        Awaitility.await().atMost(PATIENCE).until(() -> kpis.ofProjectsIn(List.of("ACTIVE"), Set.of(reported),
                DAY.plusDays(1)).stream().anyMatch(project -> "GREEN".equals(project.rag())));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            List<ProjectKpis> onTheDay = kpis.ofProjectsIn(List.of("ACTIVE"), Set.of(reported, quiet), DAY);
            assertThat(onTheDay).extracting(ProjectKpis::projectId).containsExactlyInAnyOrder(reported, quiet);
            ProjectKpis ofReported = of(onTheDay, reported);
            assertThat(ofReported.rag()).isEqualTo("RED");
            assertThat(ofReported.earnedValue().percentComplete()).isEqualByComparingTo("0.4");
            assertThat(of(onTheDay, quiet).rag()).isNull();
        });
        assertThat(kpis.ofProjectsIn(List.of("ACTIVE"), Set.of(reported), DAY.minusDays(2)))
                .extracting(ProjectKpis::rag).containsOnlyNulls();
    }

    private static ProjectKpis of(List<ProjectKpis> projects, UUID project) {
        return projects.stream().filter(kpis -> kpis.projectId().equals(project)).findFirst().orElseThrow();
    }

    private static void report(UUID project, String asOf, String overall, int percentComplete, String postedAt) {
        ObjectNode payload = fact(STATUS_REPORT_POSTED, project, UUID.randomUUID(), 1);
        state(payload).put("asOf", asOf).put("overall", overall).put("percentComplete", percentComplete)
                .put("createdAt", postedAt);
        publish(STATUS_REPORT_POSTED, project, payload);
    }
}
