package io.deliveryhub.metrics.projectkpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.ClientFeedback.Response;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tallies a portfolio adds up, taken from one project's facts as of 10 March 2026. */
class ProjectKpiSummaryTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-10");

    @Test
    void talliesMilestonesOnTimeAndLateAsTheScheduleJudgesThem() {
        ProjectKpiSummary summary = ProjectKpiSummary.of(facts(List.of(
                milestone("2026-03-05", "DONE", "2026-03-05"), // on time
                milestone("2026-03-05", "DONE", "2026-03-06"), // late
                milestone("2026-03-09", "IN_PROGRESS", null), // overdue: late
                milestone("2026-03-12", "PLANNED", null), // not due yet: neither
                milestone("2026-03-01", "WAIVED", null), // never counts
                milestone(null, "DONE", "2026-03-02"), // no due date: neither
                milestone("2026-03-08", "DONE", "2026-03-11")), // done after the day: overdue then
                List.of()), DAY);

        assertThat(summary.milestonesOnTime()).isEqualTo(1);
        assertThat(summary.milestonesLate()).isEqualTo(3);
    }

    @Test
    void talliesEachResponseReceivedByTheDayOnItsScale() {
        ProjectKpiSummary summary = ProjectKpiSummary.of(facts(List.of(), List.of(
                new Response(DAY, 4, 9), // promoter
                new Response(DAY.minusDays(3), 6, 3), // CSAT off its scale; detractor
                new Response(DAY.minusDays(1), null, 10), // promoter, no CSAT
                new Response(DAY.minusDays(2), 5, 7), // passive
                new Response(DAY.plusDays(1), 1, 0))), DAY); // received later

        assertThat(summary.csatSum()).isEqualTo(9);
        assertThat(summary.csatCount()).isEqualTo(2);
        assertThat(summary.npsSum()).isEqualTo(100);
        assertThat(summary.npsCount()).isEqualTo(4);
    }

    @Test
    void carriesTheProjectsKpisAndHealthFactors() {
        ProjectKpiSummary summary = ProjectKpiSummary.of(facts(List.of(milestone("2026-03-05", "DONE", "2026-03-05"),
                milestone("2026-03-20", "PLANNED", null)), List.of()), DAY);

        assertThat(summary.status()).isEqualTo("ACTIVE");
        assertThat(summary.currency()).isEqualTo("EUR");
        assertThat(summary.bac()).isEqualByComparingTo("10000");
        assertThat(summary.ac()).isEqualByComparingTo("0");
        assertThat(summary.percentComplete()).isEqualByComparingTo("0.5");
        assertThat(summary.spi()).isEqualByComparingTo("0.625"); // EV 5000 / PV 8000
        assertThat(summary.factors()).extracting(HealthView.Factor::name).contains("cpi", "spi", "csat");
    }

    private static ProjectFacts facts(List<MilestoneFact> milestones, List<Response> feedback) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.key = "TALLY";
        project.name = "Tally";
        project.status = "ACTIVE";
        project.plannedStart = LocalDate.parse("2026-03-02");
        project.plannedEnd = LocalDate.parse("2026-03-12");
        project.budgetAmount = new BigDecimal("10000.00");
        project.budgetCurrency = "EUR";
        return new ProjectFacts(project, List.of(), milestones, List.of(), List.of(), feedback, List.of(), List.of());
    }

    private static MilestoneFact milestone(String due, String status, String completedOn) {
        return new MilestoneFact(due == null ? null : LocalDate.parse(due), BigDecimal.ONE, status,
                completedOn == null ? null : LocalDate.parse(completedOn));
    }
}
