package io.deliveryhub.metrics.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/** Utilization and bench of the people known from resources events, over a period (docs/kpis.md#utilization). */
public interface Workforce {

    /**
     * @param practice   only people of this practice, or everyone when null
     * @param projectIds only people with a HARD allocation on one of these projects in the period, or everyone when
     *                   null
     */
    WorkforceFigures over(LocalDate from, LocalDate to, String practice, Collection<UUID> projectIds);
}
