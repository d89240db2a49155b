package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earned value as docs/kpis.md defines it: the worked example first, then each edge the definition names. */
class EarnedValueTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 3, 12);
    private static final ProjectPlan PLAN = new ProjectPlan(START, END, bd("10000"), List.of());
    private static final List<MilestoneFact> EXAMPLE_MILESTONES = List.of(
            done("1", LocalDate.of(2026, 3, 5)),
            planned("1"),
            planned("2"));
    private static final List<CostFact> THIRTY_HOURS_AT_90 = List.of(
            cost(LocalDate.of(2026, 3, 3), "10", "900"),
            cost(LocalDate.of(2026, 3, 4), "20", "1800"));

    @Test
    void computesTheWorkedExampleOfTheDesign() {
        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(figures.bac()).isEqualTo("10000.00");
        assertThat(figures.pv()).isEqualTo("4000.00");
        assertThat(figures.ev()).isEqualTo("2500.00");
        assertThat(figures.ac()).isEqualTo("2700.00");
        assertThat(figures.cv()).isEqualTo("-200.00");
        assertThat(figures.sv()).isEqualTo("-1500.00");
        assertThat(figures.cpi()).isEqualTo("0.926");
        assertThat(figures.spi()).isEqualTo("0.625");
        assertThat(figures.eac()).isEqualTo("10800.00");
        assertThat(figures.etc()).isEqualTo("8100.00");
        assertThat(figures.vac()).isEqualTo("-800.00");
        assertThat(figures.tcpi()).isEqualTo("1.027");
        assertThat(figures.percentComplete()).isEqualTo("0.250");
    }

    @Test
    void computesEachFormulaOnUnroundedValues() {
        // CPI = 2500 / 2700 = 0.9259...; EAC from the rounded CPI 0.926 would be 10799.14, not 10800.00.
        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(figures.eac()).isEqualTo("10800.00");
        assertThat(figures.vac()).isEqualTo("-800.00");
    }

    @Test
    void roundsHalfEven() {
        // f = 1/8: PV = 1000 × 0.125 = 125.00; percent complete 1/8 = 0.125 stays, 1/16 = 0.0625 → 0.062.
        ProjectPlan plan = new ProjectPlan(START, START.plusDays(8), bd("1000"), List.of());
        List<MilestoneFact> milestones = List.of(done("1", START), planned("15"));

        EarnedValueFigures figures = EarnedValue.asOf(START.plusDays(1), plan, milestones, List.of(), List.of());

        assertThat(figures.pv()).isEqualTo("125.00");
        assertThat(figures.percentComplete()).isEqualTo("0.062");
        assertThat(figures.ev()).isEqualTo("62.50");
        assertThat(figures.spi()).isEqualTo("0.500");
    }

    @Test
    void plansNothingBeforeTheStartAndEverythingAfterTheEnd() {
        EarnedValueFigures before = EarnedValue.asOf(START.minusDays(3), PLAN, EXAMPLE_MILESTONES, List.of(), List.of());
        EarnedValueFigures onStart = EarnedValue.asOf(START, PLAN, EXAMPLE_MILESTONES, List.of(), List.of());
        EarnedValueFigures onEnd = EarnedValue.asOf(END, PLAN, EXAMPLE_MILESTONES, List.of(), List.of());
        EarnedValueFigures after = EarnedValue.asOf(END.plusDays(30), PLAN, EXAMPLE_MILESTONES, List.of(), List.of());

        assertThat(before.pv()).isEqualTo("0.00");
        assertThat(before.spi()).as("EV / PV with PV 0").isNull();
        assertThat(before.sv()).isEqualTo("0.00");
        assertThat(onStart.pv()).isEqualTo("0.00");
        assertThat(onEnd.pv()).isEqualTo("10000.00");
        assertThat(after.pv()).isEqualTo("10000.00");
        assertThat(after.spi()).isEqualTo("0.250");
    }

    @Test
    void plansEverythingFromTheDayOfAOneDayPlan() {
        ProjectPlan oneDay = new ProjectPlan(START, START, bd("5000"), List.of());

        assertThat(EarnedValue.asOf(START.minusDays(1), oneDay, List.of(), List.of(), List.of()).pv()).isEqualTo("0.00");
        assertThat(EarnedValue.asOf(START, oneDay, List.of(), List.of(), List.of()).pv()).isEqualTo("5000.00");
        assertThat(EarnedValue.asOf(START.plusDays(9), oneDay, List.of(), List.of(), List.of()).pv()).isEqualTo("5000.00");
    }

    @Test
    void leavesPlannedValueUnknownWithoutPlannedDates() {
        ProjectPlan undated = new ProjectPlan(null, END, bd("10000"), List.of());

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), undated, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(figures.pv()).isNull();
        assertThat(figures.sv()).isNull();
        assertThat(figures.spi()).isNull();
        assertThat(figures.ev()).isEqualTo("2500.00");
        assertThat(figures.cpi()).isEqualTo("0.926");
    }

    @Test
    void countsAMilestoneDoneOnlyFromItsCompletionDay() {
        EarnedValueFigures dayBefore = EarnedValue.asOf(LocalDate.of(2026, 3, 4), PLAN, EXAMPLE_MILESTONES, List.of(),
                List.of());
        EarnedValueFigures sameDay = EarnedValue.asOf(LocalDate.of(2026, 3, 5), PLAN, EXAMPLE_MILESTONES, List.of(),
                List.of());

        assertThat(dayBefore.percentComplete()).isEqualTo("0.000");
        assertThat(dayBefore.ev()).isEqualTo("0.00");
        assertThat(sameDay.percentComplete()).isEqualTo("0.250");
    }

    @Test
    void leavesWaivedMilestonesOutOfTheWeight() {
        List<MilestoneFact> milestones = List.of(done("1", START), planned("1"), waived("2"));

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, milestones, List.of(), List.of());

        assertThat(figures.percentComplete()).isEqualTo("0.500");
        assertThat(figures.ev()).isEqualTo("5000.00");
    }

    @Test
    void doesNotCountADoneMilestoneWithoutCompletionDate() {
        List<MilestoneFact> milestones = List.of(new MilestoneFact(END, bd("1"), "DONE", null), planned("1"));

        assertThat(EarnedValue.asOf(END, PLAN, milestones, List.of(), List.of()).percentComplete()).isEqualTo("0.000");
    }

    @Test
    void fallsBackToTheLatestStatusReportWithoutMilestones() {
        List<StatusReportFact> reports = List.of(
                report(LocalDate.of(2026, 3, 3), "10"),
                report(LocalDate.of(2026, 3, 5), "35"),
                report(LocalDate.of(2026, 3, 9), "80"));

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, List.of(), reports, List.of());

        assertThat(figures.percentComplete()).isEqualTo("0.350");
        assertThat(figures.ev()).isEqualTo("3500.00");
    }

    @Test
    void takesTheLaterOfTwoReportsOfTheSameDay() {
        List<StatusReportFact> reports = List.of(
                report(LocalDate.of(2026, 3, 5), "30"),
                report(LocalDate.of(2026, 3, 5), "40"),
                report(LocalDate.of(2026, 3, 4), "90"));

        assertThat(EarnedValue.percentComplete(LocalDate.of(2026, 3, 6), List.of(), reports)).isEqualByComparingTo("0.4");
    }

    @Test
    void fallsBackToStatusReportsWhenEveryMilestoneWeighsZero() {
        List<MilestoneFact> milestones = List.of(done("0", START), planned("0"));
        List<StatusReportFact> reports = List.of(report(START, "12.5"));

        EarnedValueFigures figures = EarnedValue.asOf(START.plusDays(1), PLAN, milestones, reports, List.of());

        assertThat(figures.percentComplete()).isEqualTo("0.125");
        assertThat(figures.ev()).isEqualTo("1250.00");
    }

    @Test
    void fallsBackToStatusReportsWhenEveryWeightedMilestoneIsWaived() {
        List<MilestoneFact> milestones = List.of(waived("3"), planned("0"));

        EarnedValueFigures figures = EarnedValue.asOf(START.plusDays(1), PLAN, milestones,
                List.of(report(START, "20")), List.of());

        assertThat(figures.percentComplete()).isEqualTo("0.200");
    }

    @Test
    void leavesProgressAndEverythingEarnedUnknownWithoutMilestonesOrReports() {
        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, List.of(),
                List.of(report(LocalDate.of(2026, 3, 7), "50")), THIRTY_HOURS_AT_90);

        assertThat(figures.percentComplete()).isNull();
        assertThat(figures.ev()).isNull();
        assertThat(figures.cv()).isNull();
        assertThat(figures.sv()).isNull();
        assertThat(figures.cpi()).isNull();
        assertThat(figures.spi()).isNull();
        assertThat(figures.eac()).isNull();
        assertThat(figures.etc()).isNull();
        assertThat(figures.vac()).isNull();
        assertThat(figures.tcpi()).isNull();
        assertThat(figures.pv()).isEqualTo("4000.00");
        assertThat(figures.ac()).isEqualTo("2700.00");
    }

    @Test
    void leavesCostIndicesUnknownWhileNothingIsBooked() {
        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, EXAMPLE_MILESTONES, List.of(),
                List.of());

        assertThat(figures.ac()).isEqualTo("0.00");
        assertThat(figures.cv()).isEqualTo("2500.00");
        assertThat(figures.cpi()).isNull();
        assertThat(figures.eac()).isNull();
        assertThat(figures.etc()).isNull();
        assertThat(figures.vac()).isNull();
        assertThat(figures.tcpi()).isEqualTo("0.750");
    }

    @Test
    void leavesEstimateAtCompletionUnknownWhenNothingIsEarnedYet() {
        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 4), PLAN, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(figures.ev()).isEqualTo("0.00");
        assertThat(figures.cpi()).isEqualTo("0.000");
        assertThat(figures.eac()).as("BAC / CPI with CPI 0").isNull();
        assertThat(figures.etc()).isNull();
        assertThat(figures.vac()).isNull();
        assertThat(figures.tcpi()).isEqualTo("1.370");
    }

    @Test
    void countsOnlyCostBookedOnOrBeforeTheDay() {
        List<CostFact> costs = List.of(cost(LocalDate.of(2026, 3, 6), "1", "90"),
                cost(LocalDate.of(2026, 3, 6), "2", "180"), cost(LocalDate.of(2026, 3, 7), "8", "720"));

        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, List.of(), List.of(), costs).ac())
                .isEqualTo("270.00");
        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 5), PLAN, List.of(), List.of(), costs).ac())
                .isEqualTo("0.00");
    }

    @Test
    void answersAZeroBudgetWithoutDividingByZero() {
        ProjectPlan free = new ProjectPlan(START, END, BigDecimal.ZERO, List.of());

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), free, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(figures.bac()).isEqualTo("0.00");
        assertThat(figures.pv()).isEqualTo("0.00");
        assertThat(figures.ev()).isEqualTo("0.00");
        assertThat(figures.spi()).isNull();
        assertThat(figures.cpi()).isEqualTo("0.000");
        assertThat(figures.eac()).isNull();
        assertThat(figures.tcpi()).isEqualTo("0.000");
        assertThat(figures.percentComplete()).isEqualTo("0.250");
    }

    @Test
    void answersAZeroBudgetWithNothingBookedWithNulls() {
        ProjectPlan free = new ProjectPlan(START, END, BigDecimal.ZERO, List.of());

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), free, EXAMPLE_MILESTONES, List.of(),
                List.of());

        assertThat(figures.cpi()).isNull();
        assertThat(figures.spi()).isNull();
        assertThat(figures.tcpi()).as("(0 − 0) / (0 − 0)").isNull();
    }

    @Test
    void leavesBudgetFiguresUnknownForAProjectWithoutBudget() {
        ProjectPlan unbudgeted = new ProjectPlan(START, END, null, List.of());

        EarnedValueFigures figures = EarnedValue.asOf(LocalDate.of(2026, 3, 6), unbudgeted, EXAMPLE_MILESTONES,
                List.of(), THIRTY_HOURS_AT_90);

        assertThat(figures.bac()).isNull();
        assertThat(figures.pv()).isNull();
        assertThat(figures.ev()).isNull();
        assertThat(figures.vac()).isNull();
        assertThat(figures.ac()).isEqualTo("2700.00");
        assertThat(figures.percentComplete()).isEqualTo("0.250");
    }

    @Test
    void usesTheBaselineInForceOnTheDay() {
        ProjectPlan rebaselined = new ProjectPlan(START, END, bd("10000"), List.of(
                new BaselineFact(LocalDate.of(2026, 3, 10), START, END, bd("14000")),
                new BaselineFact(LocalDate.of(2026, 3, 6), START, END, bd("12000"))));

        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 5), rebaselined, List.of(), List.of(), List.of()).bac())
                .as("before any baseline: the project's budget").isEqualTo("10000.00");
        EarnedValueFigures onChange = EarnedValue.asOf(LocalDate.of(2026, 3, 6), rebaselined, EXAMPLE_MILESTONES,
                List.of(), THIRTY_HOURS_AT_90);
        assertThat(onChange.bac()).isEqualTo("12000.00");
        assertThat(onChange.pv()).isEqualTo("4800.00");
        assertThat(onChange.ev()).isEqualTo("3000.00");
        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 11), rebaselined, List.of(), List.of(), List.of()).bac())
                .isEqualTo("14000.00");
    }

    @Test
    void takesTheNewerOfTwoBaselinesTakingEffectTheSameDay() {
        ProjectPlan plan = new ProjectPlan(START, END, bd("10000"), List.of(
                new BaselineFact(START, START, END, bd("11000")), new BaselineFact(START, START, END, bd("11500"))));

        assertThat(plan.budgetAt(START)).isEqualByComparingTo("11500");
    }

    @Test
    void measuresEachDayAgainstThePlannedDatesOfTheBaselineInForceThen() {
        // Baseline 1 on the start day; a change request approved on 8 March moves the end by 10 days (baseline 2)
        // and the project's own dates with it.
        LocalDate movedEnd = END.plusDays(10);
        ProjectPlan plan = new ProjectPlan(START, movedEnd, bd("12000"), List.of(
                new BaselineFact(START, START, END, bd("10000")),
                new BaselineFact(LocalDate.of(2026, 3, 8), START, movedEnd, bd("12000"))));

        EarnedValueFigures before = EarnedValue.asOf(LocalDate.of(2026, 3, 6), plan, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);
        EarnedValueFigures after = EarnedValue.asOf(LocalDate.of(2026, 3, 10), plan, EXAMPLE_MILESTONES, List.of(),
                THIRTY_HOURS_AT_90);

        assertThat(before.pv()).as("the worked example, untouched by the later change").isEqualTo("4000.00");
        assertThat(before.spi()).isEqualTo("0.625");
        assertThat(before.sv()).isEqualTo("-1500.00");
        // 12000 × 8/20
        assertThat(after.pv()).isEqualTo("4800.00");
        assertThat(after.ev()).isEqualTo("3000.00");
        assertThat(after.spi()).isEqualTo("0.625");
    }

    @Test
    void measuresAgainstTheProjectsOwnDatesBeforeAnyBaseline() {
        ProjectPlan plan = new ProjectPlan(START, END, bd("10000"), List.of(
                new BaselineFact(LocalDate.of(2026, 3, 8), START, END.plusDays(10), bd("12000"))));

        assertThat(plan.inForceOn(LocalDate.of(2026, 3, 7))).isEqualTo(new ProjectPlan.Terms(START, END, bd("10000")));
        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 6), plan, List.of(), List.of(), List.of()).pv())
                .isEqualTo("4000.00");
    }

    @Test
    void countsAMilestoneWaivedAfterTheDayAsItStoodThen() {
        List<MilestoneFact> milestones = List.of(done("1", START), planned("1"),
                new MilestoneFact(END, bd("2"), "WAIVED", null, START, LocalDate.of(2026, 3, 9)));

        EarnedValueFigures beforeWaiver = EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, milestones, List.of(),
                List.of());
        EarnedValueFigures onWaiver = EarnedValue.asOf(LocalDate.of(2026, 3, 9), PLAN, milestones, List.of(),
                List.of());

        assertThat(beforeWaiver.percentComplete()).isEqualTo("0.250");
        assertThat(beforeWaiver.ev()).isEqualTo("2500.00");
        assertThat(onWaiver.percentComplete()).isEqualTo("0.500");
    }

    @Test
    void leavesAMilestoneAddedAfterTheDayOutOfThatDay() {
        List<MilestoneFact> milestones = List.of(done("1", START), planned("1"),
                new MilestoneFact(END, bd("2"), "PLANNED", null, LocalDate.of(2026, 3, 9), null));

        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 6), PLAN, milestones, List.of(), List.of()).ev())
                .isEqualTo("5000.00");
        assertThat(EarnedValue.asOf(LocalDate.of(2026, 3, 9), PLAN, milestones, List.of(), List.of()).ev())
                .isEqualTo("2500.00");
    }

    @Test
    void leavesPlannedValueUnknownForAPlanEndingBeforeItStarts() {
        ProjectPlan impossible = new ProjectPlan(END, START, bd("10000"), List.of());

        assertThat(EarnedValue.asOf(END, impossible, List.of(), List.of(), List.of()).pv()).isNull();
    }

    private static MilestoneFact done(String weight, LocalDate on) {
        return new MilestoneFact(END, bd(weight), "DONE", on);
    }

    private static MilestoneFact planned(String weight) {
        return new MilestoneFact(END, bd(weight), "PLANNED", null);
    }

    private static MilestoneFact waived(String weight) {
        return new MilestoneFact(END, bd(weight), "WAIVED", null);
    }

    private static StatusReportFact report(LocalDate asOf, String percent) {
        return new StatusReportFact(asOf, bd(percent), "GREEN");
    }

    private static CostFact cost(LocalDate date, String hours, String cost) {
        return new CostFact(date, bd(hours), bd(cost));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
