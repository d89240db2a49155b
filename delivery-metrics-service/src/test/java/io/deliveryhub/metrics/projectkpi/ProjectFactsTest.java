package io.deliveryhub.metrics.projectkpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which baseline, currency, budget hours and risks count on a day. */
class ProjectFactsTest {

    private static final LocalDate MARCH_8 = LocalDate.of(2026, 3, 8);

    @Test
    void usesTheProjectsOwnBudgetBeforeAnyBaseline() {
        ProjectFacts facts = facts(List.of(baseline(2, MARCH_8, "12000", "USD", "3000")), List.of());

        assertThat(facts.plan(MARCH_8.minusDays(1)).budgetAt(MARCH_8.minusDays(1))).isEqualByComparingTo("10000");
        assertThat(facts.currencyAt(MARCH_8.minusDays(1))).isEqualTo("EUR");
        assertThat(facts.budgetHoursAt(MARCH_8.minusDays(1))).isEqualByComparingTo("2400");
    }

    @Test
    void usesTheBaselineInForceFromTheDayItWasMade() {
        ProjectFacts facts = facts(List.of(baseline(2, MARCH_8, "12000", "USD", "3000")), List.of());

        assertThat(facts.plan(MARCH_8).budgetAt(MARCH_8)).isEqualByComparingTo("12000");
        assertThat(facts.currencyAt(MARCH_8)).isEqualTo("USD");
        assertThat(facts.budgetHoursAt(MARCH_8)).isEqualByComparingTo("3000");
    }

    @Test
    void ofTwoBaselinesMadeTheSameDayTheHigherNumberWins() {
        ProjectFacts facts = facts(List.of(baseline(3, MARCH_8, "13000", "EUR", "3100"),
                baseline(2, MARCH_8, "12000", "EUR", "3000")), List.of());

        assertThat(facts.baselineAt(MARCH_8).orElseThrow().number()).isEqualTo(3);
        assertThat(facts.budgetHoursAt(MARCH_8)).isEqualByComparingTo("3100");
    }

    @Test
    void aBaselineWithoutBudgetHoursOrCurrencyLeavesThoseToTheProject() {
        ProjectFacts facts = facts(List.of(baseline(2, MARCH_8, "12000", null, null)), List.of());

        assertThat(facts.currencyAt(MARCH_8)).isEqualTo("EUR");
        assertThat(facts.budgetHoursAt(MARCH_8)).isEqualByComparingTo("2400");
    }

    @Test
    void riskExposureAddsTheOpenRisksRaisedByTheDay() {
        ProjectFacts facts = facts(List.of(), List.of(
                new ProjectFacts.Risk(MARCH_8, "OPEN", 16),
                new ProjectFacts.Risk(MARCH_8, "IN_PROGRESS", 4),
                new ProjectFacts.Risk(MARCH_8, "MITIGATED", 9),
                new ProjectFacts.Risk(MARCH_8, "CLOSED", 9),
                new ProjectFacts.Risk(MARCH_8, "OPEN", null),
                new ProjectFacts.Risk(MARCH_8.plusDays(1), "OPEN", 25)));

        assertThat(facts.riskExposure(MARCH_8)).isEqualByComparingTo("20");
        assertThat(facts.riskExposure(MARCH_8.minusDays(1))).isEqualByComparingTo("0");
    }

    @Test
    void plansWithTheDatesOfTheBaselineInForce() {
        ProjectFacts facts = facts(List.of(baseline(2, MARCH_8, "12000", "EUR", "3000")), List.of());

        LocalDate dayBefore = MARCH_8.minusDays(1);
        assertThat(facts.plan(dayBefore).inForceOn(dayBefore).plannedEnd()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(facts.plan(MARCH_8).inForceOn(MARCH_8).plannedEnd()).isEqualTo(LocalDate.of(2026, 3, 22));
    }

    @Test
    void measuresADayBeforeAnyBaselineAgainstTheProjectsOwnPlanOfThatDay() {
        Project project = new Project();
        project.version = 2;
        project.plannedEnd = LocalDate.of(2026, 3, 22);
        project.budgetAmount = new BigDecimal("12000");
        ProjectFacts.OwnPlan first = new ProjectFacts.OwnPlan(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 12), new BigDecimal("10000"));
        ProjectFacts.OwnPlan replanned = new ProjectFacts.OwnPlan(2, MARCH_8, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 22), new BigDecimal("12000"));
        ProjectFacts facts = new ProjectFacts(project, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(replanned, first));

        assertThat(facts.plan(MARCH_8.minusDays(1)).budgetAt(MARCH_8.minusDays(1))).isEqualByComparingTo("10000");
        assertThat(facts.plan(MARCH_8).inForceOn(MARCH_8).plannedEnd()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(facts.ownPlanOn(LocalDate.of(2026, 2, 1))).as("before the project was announced: its first plan")
                .isEqualTo(first);
        assertThat(new ProjectFacts(project, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()).ownPlanOn(MARCH_8).budget()).as("no history kept: the plan as it stands").isEqualTo("12000");
    }

    @Test
    void aTimestampCountsOnItsUtcDay() {
        assertThat(ProjectFacts.utcDay(Instant.parse("2026-03-08T23:30:00Z"))).isEqualTo(MARCH_8);
    }

    private static ProjectFacts.Baseline baseline(long number, LocalDate on, String budget, String currency,
            String hours) {
        return new ProjectFacts.Baseline(number, on, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 22),
                new BigDecimal(budget), currency, hours == null ? null : new BigDecimal(hours));
    }

    private static ProjectFacts facts(List<ProjectFacts.Baseline> baselines, List<ProjectFacts.Risk> risks) {
        Project project = new Project();
        project.plannedStart = LocalDate.of(2026, 3, 2);
        project.plannedEnd = LocalDate.of(2026, 3, 12);
        project.budgetAmount = new BigDecimal("10000");
        project.budgetCurrency = "EUR";
        project.budgetHours = new BigDecimal("2400");
        return new ProjectFacts(project, baselines, List.of(), List.of(), risks, List.of(), List.of(), List.of());
    }
}
