package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A rule that judges each watched project by its own KPIs of today, with at most one breach per project (whose
 * subject is the project). Subclasses say only what a breach is. They are {@code @Singleton}s: a client proxy would
 * need a constructor without the watched projects.
 */
abstract class ProjectKpiRule implements ProjectAlertRule {

    private final WatchedProjects projects;

    ProjectKpiRule(WatchedProjects projects) {
        this.projects = projects;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return projects.breachesOn(day, this::breach);
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return projects.breachesOn(day, projectIds, this::breach);
    }

    /** The project's breach of this rule, or empty when it keeps to it (or a figure it needs is unknown). */
    abstract Optional<Breach> breach(ProjectKpis project);
}
