package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Milestone schedule figures as of a day D (docs/kpis.md#on-time-rate). Milestones count as they stood on D: one WAIVED by then
 * never counts, nor one added after D; one waived after D counts as it was on D. On time =
 * completed on or before its due date (and on or before D); late = completed after its due date, or not
 * completed and due before D; rate = on time / (on time + late), {@code null} when both are 0. Overdue = not
 * completed (by D) and due before D. A milestone without a due date can be neither on time nor late.
 *
 * @param milestonesTotal milestones counted on D (added by then, not WAIVED by then)
 * @param milestonesDone of those, the ones DONE on or before D
 * @param onTimeRate 0–1, 3 decimals
 */
public record MilestoneSchedule(int milestonesTotal, int milestonesDone, BigDecimal onTimeRate, int overdue) {

    public static MilestoneSchedule asOf(LocalDate day, List<MilestoneFact> milestones) {
        int total = 0;
        int done = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (MilestoneFact milestone : milestones) {
            if (!milestone.countsOn(day)) {
                continue;
            }
            total++;
            boolean completed = milestone.doneBy(day);
            if (completed) {
                done++;
            }
            if (milestone.dueOn() == null) {
                continue;
            }
            if (completed && !milestone.completedOn().isAfter(milestone.dueOn())) {
                onTime++;
            } else if (completed) {
                late++;
            } else if (milestone.overdueOn(day)) {
                late++;
                overdue++;
            }
        }
        BigDecimal rate = Decimals.divide(BigDecimal.valueOf(onTime), BigDecimal.valueOf(onTime + late));
        return new MilestoneSchedule(total, done, Decimals.ratio(rate), overdue);
    }

    /** The same figures over the milestones due in [from, to] (inclusive), judged as of D. */
    public static MilestoneSchedule forPeriod(LocalDate from, LocalDate to, LocalDate day,
            List<MilestoneFact> milestones) {
        return asOf(day, milestones.stream()
                .filter(milestone -> milestone.dueOn() != null && !milestone.dueOn().isBefore(from)
                        && !milestone.dueOn().isAfter(to))
                .toList());
    }
}
