package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** A project's weekly KPI trend: its facts are read once and every week is computed from them. */
@ApplicationScoped
public class ProjectTrendService {

    private final ProjectFactsRepository facts;

    public ProjectTrendService(ProjectFactsRepository facts) {
        this.facts = facts;
    }

    /**
     * @param from first day, or null for the default (see {@link TrendPeriod})
     * @param to last day, or null for today
     * @throws NotFound when the project has not reached the read model
     */
    @Transactional
    public ProjectTrend weekly(String idOrKey, LocalDate from, LocalDate to, LocalDate today) {
        TrendPeriod period = TrendPeriod.of(from, to, today);
        Project project = ProjectKpiService.find(idOrKey);
        ProjectFacts known = facts.of(project);
        return new ProjectTrend(project.id, project.key, project.name, period.from(), period.to(),
                period.weeks(today).stream()
                        .map(week -> TrendPoint.of(week, ProjectKpiService.compute(known, week.asOf())))
                        .toList());
    }
}
