package io.deliveryhub.metrics.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A rule whose every subject belongs to a project (the project itself, its milestones), so that after a change to
 * a few projects it can judge just those, instead of the whole portfolio, until the next full evaluation.
 */
public interface ProjectAlertRule extends AlertRule {

    /**
     * Every subject of these projects breaching the rule on the day; a subject of theirs absent from the list is
     * clear.
     */
    List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds);
}
