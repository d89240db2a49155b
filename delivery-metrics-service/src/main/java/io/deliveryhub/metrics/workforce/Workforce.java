package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.scenario.ScenarioPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Utilization and bench of the people known from resources events, over a period (docs/kpis.md#utilization). */
public interface Workforce {

    /**
     * @param practice   only people of this practice, or everyone when null
     * @param projectIds only people with a HARD allocation on one of these projects in the period, or everyone when
     *                   null
     */
    WorkforceFigures over(LocalDate from, LocalDate to, String practice, Collection<UUID> projectIds);

    /** Each person who counts over [from, to] (of the practice, or everyone when null), measured one by one. */
    List<MeasuredPerson> people(LocalDate from, LocalDate to, String practice, BigDecimal benchThreshold);

    /**
     * Each person who counts over [from, to] (of the practice, or everyone when null), measured with the scenario's
     * HARD allocations, and what the scenario changes for the people it touches.
     */
    ScenarioWorkforce scenario(LocalDate from, LocalDate to, String practice, BigDecimal benchThreshold,
            ScenarioPlan plan);

    /** The configured share of capacity below which a HARD-allocated person is on the bench. */
    BigDecimal benchThreshold();
}
