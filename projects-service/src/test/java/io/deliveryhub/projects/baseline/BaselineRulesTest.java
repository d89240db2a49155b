package io.deliveryhub.projects.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.projects.baseline.BaselineRules.Delta;
import io.deliveryhub.projects.baseline.BaselineRules.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselineRulesTest {

    private static final Plan PLAN = new Plan(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30),
            new BigDecimal("250000.00"), new BigDecimal("2400.00"));

    @Test
    void addsTheDeltasToBudgetHoursAndPlannedEnd() {
        Plan next = BaselineRules.apply(PLAN, new Delta(new BigDecimal("15000.00"), new BigDecimal("120"), 14));

        assertThat(next.plannedStart()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(next.plannedEnd()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(next.budget()).isEqualByComparingTo("265000.00");
        assertThat(next.budgetHours()).isEqualByComparingTo("2520");
    }

    @Test
    void negativeDeltasShrinkThePlan() {
        Plan next = BaselineRules.apply(PLAN, new Delta(new BigDecimal("-50000.00"), new BigDecimal("-400"), -30));

        assertThat(next.plannedEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(next.budget()).isEqualByComparingTo("200000.00");
        assertThat(next.budgetHours()).isEqualByComparingTo("2000");
    }

    @Test
    void aZeroDeltaLeavesThePlanAsItIs() {
        assertThat(BaselineRules.apply(PLAN, new Delta(BigDecimal.ZERO, null, 0))).isEqualTo(PLAN);
    }

    @Test
    void anUnplannedBudgetStaysUnplannedUnlessTheDeltaSetsIt() {
        Plan unbudgeted = new Plan(null, null, null, null);
        assertThat(BaselineRules.apply(unbudgeted, new Delta(BigDecimal.ZERO, BigDecimal.ZERO, 0)).budget()).isNull();
        assertThat(BaselineRules.apply(unbudgeted, new Delta(new BigDecimal("1000.00"), new BigDecimal("8"), 0)))
                .isEqualTo(new Plan(null, null, new BigDecimal("1000.00"), new BigDecimal("8")));
    }

    @Test
    void refusesABudgetBelowZero() {
        assertThat(BaselineRules.refusal(PLAN, new Delta(new BigDecimal("-250000.01"), null, 0)))
                .hasValueSatisfying(why -> assertThat(why).contains("budget would become -0.01"));
        assertThat(BaselineRules.refusal(PLAN, new Delta(new BigDecimal("-250000.00"), null, 0))).isEmpty();
    }

    @Test
    void refusesBudgetHoursBelowZero() {
        assertThat(BaselineRules.refusal(PLAN, new Delta(null, new BigDecimal("-2400.50"), 0)))
                .hasValueSatisfying(why -> assertThat(why).contains("budget hours"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        int toTheDayBefore = -(int) (PLAN.plannedEnd().toEpochDay() - PLAN.plannedStart().toEpochDay()) - 1;
        assertThat(BaselineRules.refusal(PLAN, new Delta(null, null, toTheDayBefore)))
                .hasValueSatisfying(why -> assertThat(why).contains("2026-03-01", "before the planned start"));
        assertThat(BaselineRules.refusal(PLAN, new Delta(null, null, toTheDayBefore + 1))).isEmpty();
        assertThatThrownBy(() -> BaselineRules.apply(PLAN, new Delta(null, null, toTheDayBefore)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAScheduleDeltaWithoutAPlannedEnd() {
        assertThat(BaselineRules.refusal(new Plan(null, null, BigDecimal.TEN, null), new Delta(null, null, 5)))
                .hasValueSatisfying(why -> assertThat(why).contains("no plannedEnd"));
    }

    @Test
    void listsTheBaselinedFieldsAnEditWouldChange() {
        Plan edited = new Plan(PLAN.plannedStart().plusDays(1), PLAN.plannedEnd(), new BigDecimal("250000"),
                new BigDecimal("2500"));
        assertThat(BaselineRules.lockedChanges(PLAN, edited)).containsExactly("plannedStart", "budgetHours");
        assertThat(BaselineRules.lockedChanges(PLAN, PLAN)).isEmpty();
        assertThat(BaselineRules.lockedChanges(PLAN, new Plan(null, null, null, null)))
                .containsExactly("plannedStart", "plannedEnd", "budget", "budgetHours");
    }

    @Test
    void takesTheFirstBaselineOnlyAtTheFirstActivation() {
        assertThat(BaselineRules.takesFirstBaseline(true, false)).isTrue();
        assertThat(BaselineRules.takesFirstBaseline(true, true)).isFalse();
        assertThat(BaselineRules.takesFirstBaseline(false, false)).isFalse();
    }
}
