package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.metrics.KpiFeed.*;
import static io.deliveryhub.metrics.ProjectFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of many projects are computed a page of projects at a time (tests run with pages of 2): over more projects
 * than a page, each project's figures of a past day (computed, then read as kept), of today and of a future day are
 * its own KPIs of that day, and the alert rules' sweep sees every project.
 */
@QuarkusTest
class ProjectKpiPagesTest {

    private static final int PROJECTS = 5;
    private static final LocalDate PAST_DAY = LocalDate.of(2026, 3, 6);

    @Inject
    ProjectKpiSummaries summaries;
    @Inject
    ProjectKpiService kpis;
    @Inject
    ProjectFactsBatch batch;

    @Test
    void computesMoreProjectsThanAPageEachAsItsOwn() {
        assertThat(batch.pageSize()).isLessThan(PROJECTS);
        UUID manager = UUID.randomUUID();
        List<UUID> projects = new ArrayList<>();
        for (int n = 1; n <= PROJECTS; n++) {
            UUID project = UUID.randomUUID();
            ObjectNode payload = plannedProject(project);
            state(payload).put("deliveryManagerId", manager.toString());
            publish(PROJECT_CREATED, project, payload);
            milestone(project, n, n % 2 == 0 ? "DONE" : "PLANNED", "2026-03-05", n % 2 == 0 ? "2026-03-05" : null);
            report(project, "2026-03-0" + n, n % 3 == 0 ? "RED" : "AMBER", 10 * n);
            feedback(project, 1 + n % 5, 2 * n, "2026-03-0" + n + "T12:00:00Z");
            projects.add(project);
        }
        ProjectFilter filter = new ProjectFilter(manager, null, null);
        // the last project's report shows once the feed has reached it (one partition per project)
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> kpis.asOf(projects.get(PROJECTS - 1).toString(),
                PAST_DAY).rag() != null);

        LocalDate today = LocalDate.now();
        for (LocalDate day : List.of(PAST_DAY, PAST_DAY, today, today.plusDays(40))) {
            List<ProjectKpiSummary> all = QuarkusTransaction.requiringNew().call(() -> summaries.asOf(day, filter));
            assertThat(all).as("%s", day).extracting(ProjectKpiSummary::projectId)
                    .containsExactlyInAnyOrderElementsOf(projects);
            for (ProjectKpiSummary summary : all) {
                ProjectKpis own = kpis.asOf(summary.projectId().toString(), day);
                assertThat(summary.rag()).as("%s %s", day, summary.key()).isEqualTo(own.rag());
                assertThat(summary.healthScore()).as("%s %s", day, summary.key()).isEqualTo(own.health().score());
                assertSame(summary.percentComplete(), own.earnedValue().percentComplete(), day, summary);
                assertSame(summary.spi(), own.earnedValue().spi(), day, summary);
                assertThat(summary.csatCount()).as("%s %s", day, summary.key()).isEqualTo(1);
            }
        }
        assertThat(kpis.ofProjectsIn(List.of("ACTIVE"), projects, PAST_DAY)).extracting(ProjectKpis::projectId)
                .containsExactlyInAnyOrderElementsOf(projects);
    }

    /** Equal as numbers: a kept row's decimals come back at the column's scale. */
    private static void assertSame(BigDecimal summarized, BigDecimal own, LocalDate day, ProjectKpiSummary summary) {
        if (own == null) {
            assertThat(summarized).as("%s %s", day, summary.key()).isNull();
        } else {
            assertThat(summarized).as("%s %s", day, summary.key()).isEqualByComparingTo(own);
        }
    }
}
