package io.deliveryhub.metrics.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.ProjectHealth.Status;
import io.deliveryhub.metrics.projectkpi.HealthView;
import io.deliveryhub.metrics.projectkpi.KpiTally;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortfolioFiguresTest {

    @Test
    void countsHealthOverTheProjectsInDeliveryOnly() {
        PortfolioKpis.Health health = PortfolioFigures.health(tallies(project("A", "ACTIVE", 40), project("B", "ON_HOLD", 70),
                project("C", "ACTIVE", 90), project("D", "CLOSED", 10), project("E", "PROPOSED", 20)));

        assertThat(health.projectsInDelivery()).isEqualTo(3);
        assertThat(health.byStatus()).containsExactly(entry("GREEN", 1L), entry("AMBER", 1L), entry("RED", 1L));
    }

    @Test
    void listsEveryHealthStatusEvenWithoutProjects() {
        assertThat(PortfolioFigures.health(List.of()).byStatus()).containsOnlyKeys("GREEN", "AMBER", "RED")
                .containsValues(0L);
    }

    @Test
    void ratesMilestonesOverAllTheProjectsMilestonesNotAsAMeanOfRates() {
        // 1 of 1 on time and 1 of 3 on time: 2 of 4, not (1 + 0.333) / 2.
        PortfolioKpis.Milestones milestones = PortfolioFigures.milestones(tallies(
                milestones(project("A", "ACTIVE", 100), 1, 0), milestones(project("B", "CLOSED", 100), 1, 2)));

        assertThat(milestones).isEqualTo(new PortfolioKpis.Milestones(2, 2, new BigDecimal("0.500")));
    }

    @Test
    void hasNoOnTimeRateWithoutMilestonesDueOrDone() {
        assertThat(PortfolioFigures.milestones(tallies(project("A", "ACTIVE", 100))).onTimeRate()).isNull();
    }

    @Test
    void judgesOnlyActiveProjectsWhoseCpiAndSpiAreKnown() {
        PortfolioKpis.CostAndSchedule figures = PortfolioFigures.costAndSchedule(tallies(
                indices(project("A", "ACTIVE", 100), "0.950", "1.200"), // on track: 0.95 counts
                indices(project("B", "ACTIVE", 100), "0.949", "1.000"),
                indices(project("C", "ACTIVE", 100), "1.000", "0.900"),
                indices(project("D", "ACTIVE", 100), null, "1.000"), // cannot be judged
                indices(project("E", "ON_HOLD", 100), "1.000", "1.000"))); // not active

        assertThat(figures).isEqualTo(new PortfolioKpis.CostAndSchedule(4, 3, 1, new BigDecimal("0.333")));
    }

    @Test
    void hasNoShareWhenNoActiveProjectCanBeJudged() {
        assertThat(PortfolioFigures.costAndSchedule(tallies(project("A", "ACTIVE", 100))).share()).isNull();
    }

    @Test
    void addsBudgetsPerCurrencyAndCountsProjectsWithoutOneInTheBaseCurrency() {
        List<PortfolioKpis.Budget> budgets = PortfolioFigures.budgets(tallies(
                money(project("A", "ACTIVE", 100), "USD", "1000.50", "200.25"),
                money(project("B", "ACTIVE", 100), "EUR", "10000.00", "2700.00"),
                money(project("C", "CLOSED", 100), null, null, "99.99"),
                money(project("D", "ACTIVE", 100), "EUR", "5000", "0")), "EUR");

        assertThat(budgets).containsExactly(new PortfolioKpis.Budget("EUR", 3, "15000.00", "2799.99"),
                new PortfolioKpis.Budget("USD", 1, "1000.50", "200.25"));
    }

    @Test
    void takesCsatAndNpsOverEveryResponse() {
        // Scores 4, 5, 1 → CSAT 3.333; NPS responses promoter, promoter, detractor, passive → (2 − 1) / 4 = 25.
        PortfolioKpis.ClientFeedback feedback = PortfolioFigures.feedback(tallies(
                feedback(project("A", "ACTIVE", 100), 9, 2, 200, 2), feedback(project("B", "ACTIVE", 100), 1, 1, -100, 2)));

        assertThat(feedback).isEqualTo(new PortfolioKpis.ClientFeedback(new BigDecimal("3.333"),
                new BigDecimal("25.000"), 3, 4));
    }

    @Test
    void hasNoCsatOrNpsWithoutResponses() {
        assertThat(PortfolioFigures.feedback(tallies(project("A", "ACTIVE", 100))))
                .isEqualTo(new PortfolioKpis.ClientFeedback(null, null, 0, 0));
    }

    @Test
    void listsTheLowestHealthScoresFirstAndTiesByKey() {
        List<ProjectKpiSummary> atRisk = PortfolioFigures.mostAtRisk(List.of(project("C", "ACTIVE", 60),
                project("B", "ACTIVE", 35), project("A", "ON_HOLD", 60), project("D", "ACTIVE", 90)));

        assertThat(atRisk).extracting(ProjectKpiSummary::key).containsExactly("B", "A", "C", "D");
    }

    @Test
    void listsAtMostTenAndNeitherHealthyNorFinishedProjects() {
        List<ProjectKpiSummary> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            projects.add(project("P" + (char) ('A' + i), "ACTIVE", 50 + i));
        }
        projects.add(project("HEALTHY", "ACTIVE", 100));
        projects.add(project("CLOSED", "CLOSED", 0));
        projects.add(project("PROPOSED", "PROPOSED", 5));

        List<ProjectKpiSummary> atRisk = PortfolioFigures.mostAtRisk(projects);

        assertThat(atRisk).hasSize(10).extracting(ProjectKpiSummary::key).startsWith("PA", "PB")
                .doesNotContain("HEALTHY", "CLOSED", "PROPOSED", "PK", "PL");
    }

    @Test
    void givesTheFactorsThatCostPointsHeaviestFirst() {
        List<HealthView.Factor> reasons = PortfolioFigures.reasons(List.of(factor("cpi", -10), factor("spi", -25),
                factor("rag", 0), factor("overdueMilestones", -20), factor("csat", -10)));

        assertThat(reasons).extracting(HealthView.Factor::name).containsExactly("spi", "overdueMilestones", "cpi", "csat");
    }

    @Test
    void addsUpTalliesOfManyProjectsAsThoseOfOneEach() {
        KpiTally group = new KpiTally("ACTIVE", Status.AMBER, "EUR", 3, new BigDecimal("30000.00"),
                new BigDecimal("1200.00"), 4, 2, 12, 3, 100, 3, 2, 1);

        assertThat(PortfolioFigures.health(List.of(group)).byStatus()).containsEntry("AMBER", 3L);
        assertThat(PortfolioFigures.costAndSchedule(List.of(group)))
                .isEqualTo(new PortfolioKpis.CostAndSchedule(3, 2, 1, new BigDecimal("0.500")));
        assertThat(PortfolioFigures.budgets(List.of(group), "EUR"))
                .containsExactly(new PortfolioKpis.Budget("EUR", 3, "30000.00", "1200.00"));
        assertThat(PortfolioFigures.projects(List.of(group)).byStatus()).containsEntry("ACTIVE", 3L);
        assertThat(PortfolioFigures.projects(List.of(group)).total()).isEqualTo(3);
    }

    private static List<KpiTally> tallies(ProjectKpiSummary... projects) {
        return Arrays.stream(projects).map(KpiTally::of).toList();
    }

    private static HealthView.Factor factor(String name, int effect) {
        return new HealthView.Factor(name, "x", effect, name + " costs " + effect);
    }

    private static Map.Entry<String, Long> entry(String key, long value) {
        return Map.entry(key, value);
    }

    private static ProjectKpiSummary project(String key, String status, int score) {
        return new ProjectKpiSummary(UUID.randomUUID(), key, "Project " + key, status, LocalDate.parse("2026-03-06"),
                "EUR", null, BigDecimal.ZERO, null, null, null, null, score,
                score >= 80 ? Status.GREEN : score >= 60 ? Status.AMBER : Status.RED, 0, 0, 0, 0, 0, 0, List.of());
    }

    private static ProjectKpiSummary milestones(ProjectKpiSummary s, int onTime, int late) {
        return new ProjectKpiSummary(s.projectId(), s.key(), s.name(), s.status(), s.asOf(), s.currency(), s.bac(),
                s.ac(), s.cpi(), s.spi(), s.percentComplete(), s.rag(), s.healthScore(), s.healthStatus(), onTime, late,
                s.csatSum(), s.csatCount(), s.npsSum(), s.npsCount(), s.factors());
    }

    private static ProjectKpiSummary indices(ProjectKpiSummary s, String cpi, String spi) {
        return new ProjectKpiSummary(s.projectId(), s.key(), s.name(), s.status(), s.asOf(), s.currency(), s.bac(),
                s.ac(), decimal(cpi), decimal(spi), s.percentComplete(), s.rag(), s.healthScore(), s.healthStatus(),
                s.milestonesOnTime(), s.milestonesLate(), s.csatSum(), s.csatCount(), s.npsSum(), s.npsCount(),
                s.factors());
    }

    private static ProjectKpiSummary money(ProjectKpiSummary s, String currency, String bac, String ac) {
        return new ProjectKpiSummary(s.projectId(), s.key(), s.name(), s.status(), s.asOf(), currency, decimal(bac),
                decimal(ac), s.cpi(), s.spi(), s.percentComplete(), s.rag(), s.healthScore(), s.healthStatus(),
                s.milestonesOnTime(), s.milestonesLate(), s.csatSum(), s.csatCount(), s.npsSum(), s.npsCount(),
                s.factors());
    }

    private static ProjectKpiSummary feedback(ProjectKpiSummary s, int csatSum, int csatCount, int npsSum,
            int npsCount) {
        return new ProjectKpiSummary(s.projectId(), s.key(), s.name(), s.status(), s.asOf(), s.currency(), s.bac(),
                s.ac(), s.cpi(), s.spi(), s.percentComplete(), s.rag(), s.healthScore(), s.healthStatus(),
                s.milestonesOnTime(), s.milestonesLate(), csatSum, csatCount, npsSum, npsCount, s.factors());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
