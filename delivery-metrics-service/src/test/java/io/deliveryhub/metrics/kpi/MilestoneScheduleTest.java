package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneScheduleTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 15);

    @Test
    void ratesMilestonesDoneByTheirDueDateAsOnTime() {
        List<MilestoneFact> milestones = List.of(
                done(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 28)),
                done(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5)),
                done(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6)));

        MilestoneSchedule schedule = MilestoneSchedule.asOf(D, milestones);

        assertThat(schedule.onTimeRate()).isEqualTo("0.667");
        assertThat(schedule.milestonesTotal()).isEqualTo(3);
        assertThat(schedule.milestonesDone()).isEqualTo(3);
        assertThat(schedule.overdue()).isZero();
    }

    @Test
    void countsAnOpenMilestoneDueBeforeTheDayAsLateAndOverdue() {
        List<MilestoneFact> milestones = List.of(
                done(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)),
                open(LocalDate.of(2026, 5, 14)),
                open(LocalDate.of(2026, 5, 15)),
                open(LocalDate.of(2026, 6, 1)));

        MilestoneSchedule schedule = MilestoneSchedule.asOf(D, milestones);

        assertThat(schedule.onTimeRate()).isEqualTo("0.500");
        assertThat(schedule.overdue()).as("due today is not overdue yet").isEqualTo(1);
        assertThat(schedule.milestonesTotal()).isEqualTo(4);
        assertThat(schedule.milestonesDone()).isEqualTo(1);
    }

    @Test
    void judgesAMilestoneCompletedAfterTheDayAsNotCompletedYet() {
        MilestoneFact doneLater = done(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 20));

        MilestoneSchedule asOfD = MilestoneSchedule.asOf(D, List.of(doneLater));
        MilestoneSchedule beforeDue = MilestoneSchedule.asOf(LocalDate.of(2026, 5, 9), List.of(doneLater));

        assertThat(asOfD.overdue()).isEqualTo(1);
        assertThat(asOfD.onTimeRate()).isEqualTo("0.000");
        assertThat(asOfD.milestonesDone()).isZero();
        assertThat(beforeDue.onTimeRate()).as("neither on time nor late yet").isNull();
        assertThat(beforeDue.overdue()).isZero();
    }

    @Test
    void neverCountsWaivedMilestones() {
        List<MilestoneFact> milestones = List.of(
                new MilestoneFact(LocalDate.of(2026, 5, 1), BigDecimal.ONE, "WAIVED", null),
                done(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));

        MilestoneSchedule schedule = MilestoneSchedule.asOf(D, milestones);

        assertThat(schedule.milestonesTotal()).isEqualTo(1);
        assertThat(schedule.onTimeRate()).isEqualTo("1.000");
        assertThat(schedule.overdue()).isZero();
    }

    @Test
    void judgesAMilestoneWaivedAfterTheDayAsItStoodThen() {
        LocalDate waivedOn = D.plusDays(3);
        List<MilestoneFact> milestones = List.of(
                new MilestoneFact(D.minusDays(2), BigDecimal.ONE, "WAIVED", null, D.minusDays(30), waivedOn),
                done(D.minusDays(2), D.minusDays(2)));

        MilestoneSchedule onD = MilestoneSchedule.asOf(D, milestones);
        MilestoneSchedule afterWaiver = MilestoneSchedule.asOf(waivedOn, milestones);

        assertThat(onD).isEqualTo(new MilestoneSchedule(2, 1, new BigDecimal("0.500"), 1));
        assertThat(afterWaiver).isEqualTo(new MilestoneSchedule(1, 1, new BigDecimal("1.000"), 0));
    }

    @Test
    void leavesAMilestoneAddedAfterTheDayOutOfThatDay() {
        List<MilestoneFact> milestones = List.of(
                new MilestoneFact(D.minusDays(2), BigDecimal.ONE, "IN_PROGRESS", null, D.plusDays(1), null),
                done(D.minusDays(2), D.minusDays(2)));

        assertThat(MilestoneSchedule.asOf(D, milestones))
                .isEqualTo(new MilestoneSchedule(1, 1, new BigDecimal("1.000"), 0));
        assertThat(MilestoneSchedule.asOf(D.plusDays(1), milestones).overdue()).isEqualTo(1);
    }

    @Test
    void hasNoRateWithoutMilestones() {
        MilestoneSchedule schedule = MilestoneSchedule.asOf(D, List.of());

        assertThat(schedule).isEqualTo(new MilestoneSchedule(0, 0, null, 0));
    }

    @Test
    void neitherRatesNorFlagsAMilestoneWithoutDueDate() {
        MilestoneSchedule schedule = MilestoneSchedule.asOf(D, List.of(
                new MilestoneFact(null, BigDecimal.ONE, "DONE", LocalDate.of(2026, 5, 1)),
                new MilestoneFact(null, BigDecimal.ONE, "PLANNED", null)));

        assertThat(schedule).isEqualTo(new MilestoneSchedule(2, 1, null, 0));
    }

    @Test
    void ratesAPeriodOnTheMilestonesDueInIt() {
        List<MilestoneFact> milestones = List.of(
                done(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 3)),
                done(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)),
                open(LocalDate.of(2026, 5, 7)),
                done(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 7)),
                open(LocalDate.of(2026, 5, 8)));

        MilestoneSchedule may = MilestoneSchedule.forPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7), D,
                milestones);

        assertThat(may.milestonesTotal()).isEqualTo(3);
        assertThat(may.onTimeRate()).isEqualTo("0.667");
        assertThat(may.overdue()).isEqualTo(1);
    }

    private static MilestoneFact done(LocalDate due, LocalDate completed) {
        return new MilestoneFact(due, BigDecimal.ONE, "DONE", completed);
    }

    private static MilestoneFact open(LocalDate due) {
        return new MilestoneFact(due, BigDecimal.ONE, "IN_PROGRESS", null);
    }
}
