package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.AlertEvaluationEnded;
import io.deliveryhub.metrics.alert.AlertEvaluationStarted;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpiService;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The projects the project alert rules watch (ACTIVE by default: a project ON_HOLD is not expected to progress, so
 * its SPI falls every day and its alerts would be noise; they resolve while it waits and come back if it resumes in
 * trouble) with their KPIs as of the day. The KPIs are computed once per evaluation of the rules (of all projects, or
 * of the few whose facts just changed), from one bulk read of the facts, and shared by the rules of that evaluation:
 * at 5,000 projects a read per project and per rule would be 25,000 queries per rule, and a stream of status reports
 * would have every rule read the same few projects again.
 */
@ApplicationScoped
public class WatchedProjects {

    private final ProjectKpiService kpis;
    private final List<String> statuses;
    private final AtomicLong evaluation = new AtomicLong();
    private volatile Snapshot latest;

    public WatchedProjects(ProjectKpiService kpis,
            @ConfigProperty(name = "deliveryhub.alerts.project-statuses") List<String> statuses) {
        this.kpis = kpis;
        this.statuses = statuses;
    }

    /** @param scope the projects read, or null for every watched project */
    private record Snapshot(long evaluation, LocalDate day, Set<UUID> scope, List<ProjectKpis> projects) {

        boolean answers(long currentEvaluation, LocalDate onDay, Set<UUID> projectIds) {
            return evaluation == currentEvaluation && day.equals(onDay) && Objects.equals(scope, projectIds);
        }
    }

    void onEvaluationStarted(@Observes AlertEvaluationStarted started) {
        evaluation.incrementAndGet();
    }

    void onEvaluationEnded(@Observes AlertEvaluationEnded ended) {
        latest = null;
    }

    public List<String> statuses() {
        return statuses;
    }

    /** What a rule finds over the watched projects on the day. */
    public List<Breach> breachesOn(LocalDate day, Function<ProjectKpis, Optional<Breach>> rule) {
        return on(day, null).stream().map(rule).flatMap(Optional::stream).toList();
    }

    /** What a rule finds over those of these projects that are watched, on the day. */
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds, Function<ProjectKpis, Optional<Breach>> rule) {
        return on(day, Set.copyOf(projectIds)).stream().map(rule).flatMap(Optional::stream).toList();
    }

    /** The KPIs of the watched projects (of these, or of all when null) on the day, as this evaluation's rules see them. */
    public List<ProjectKpis> kpisOn(LocalDate day, Set<UUID> projectIds) {
        return on(day, projectIds == null ? null : Set.copyOf(projectIds));
    }

    /**
     * A snapshot is reused only within the evaluation that made it: an evaluation started since then (after new
     * facts committed) reads again, so a rule never judges on facts older than its evaluation.
     */
    private List<ProjectKpis> on(LocalDate day, Set<UUID> projectIds) {
        long current = evaluation.get();
        Snapshot snapshot = latest;
        if (snapshot != null && snapshot.answers(current, day, projectIds)) {
            return snapshot.projects();
        }
        List<ProjectKpis> projects = projectIds == null ? kpis.ofProjectsIn(statuses, day)
                : kpis.ofProjectsIn(statuses, projectIds, day);
        latest = new Snapshot(current, day, projectIds, projects);
        return projects;
    }
}
