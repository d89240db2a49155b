package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan earned value is measured against.
 *
 * @param plannedStart the project's own, in force until its first baseline; may be absent
 * @param plannedEnd the project's own, in force until its first baseline; may be absent
 * @param budget the project's own, in force until its first baseline; may be absent
 * @param baselines the plan's versions with the day each takes effect, in any order
 */
public record ProjectPlan(LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget,
        List<BaselineFact> baselines) {

    /** Planned dates and budget (BAC) as one version of the plan fixes them. */
    public record Terms(LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget) {
    }

    public ProjectPlan {
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
    }

    /**
     * The plan in force on the day: the latest baseline in force then, else the project's own. Of two baselines
     * taking effect the same day the later in the list (the newer version) wins. A baseline made after the day
     * never changes what the day is measured against.
     */
    public Terms inForceOn(LocalDate day) {
        return baselines.stream()
                .filter(baseline -> baseline.effectiveOn() != null && !baseline.effectiveOn().isAfter(day))
                .reduce((earlier, later) -> later.effectiveOn().isBefore(earlier.effectiveOn()) ? earlier : later)
                .map(BaselineFact::terms)
                .orElse(new Terms(plannedStart, plannedEnd, budget));
    }

    /** BAC on the day: the budget of the plan in force then. */
    public BigDecimal budgetAt(LocalDate day) {
        return inForceOn(day).budget();
    }
}
