package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan earned value is measured against.
 *
 * @param budget the budget the project started with, in force until its first baseline; may be absent
 * @param baselines budget changes with the day each takes effect, in any order
 */
public record ProjectPlan(LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget,
        List<BaselineFact> baselines) {

    public ProjectPlan {
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
    }

    /**
     * BAC on the day: the budget of the latest baseline in force then, else the project's own budget. Of two
     * baselines taking effect the same day the later in the list (the newer version) wins.
     */
    public BigDecimal budgetAt(LocalDate day) {
        return baselines.stream()
                .filter(baseline -> baseline.effectiveOn() != null && !baseline.effectiveOn().isAfter(day))
                .reduce((earlier, later) -> later.effectiveOn().isBefore(earlier.effectiveOn()) ? earlier : later)
                .map(BaselineFact::budget)
                .orElse(budget);
    }
}
