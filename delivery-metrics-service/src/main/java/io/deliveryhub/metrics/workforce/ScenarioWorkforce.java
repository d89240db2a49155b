package io.deliveryhub.metrics.workforce;

import java.util.List;

/**
 * The people over a period with a scenario's changes applied, and what the scenario changes against the live plan.
 *
 * @param people everyone who counts, measured with the scenario's HARD allocations
 * @param changes the people whose HARD hours over the period the scenario changes
 * @param weeks those people's ISO weeks where it changes them
 */
public record ScenarioWorkforce(List<MeasuredPerson> people, List<PersonPlanChange> changes,
        List<PersonWeekChange> weeks) {
}
