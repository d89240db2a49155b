package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.project.ProjectFactsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The KPIs of many projects on a day. Today's come from the stored snapshots (V10), which the projects consumer
 * keeps current as facts arrive; a project whose snapshot is of an earlier day (the date changed) or missing is
 * recomputed from its facts and stored on the way. Any other day is computed from the facts, read set-wise.
 */
@ApplicationScoped
public class ProjectKpiSummaries {

    private final ProjectKpiSnapshots snapshots;
    private final ProjectFactsBatch batch;
    private final ProjectFactsRepository facts;
    private final Clock clock;

    public ProjectKpiSummaries(ProjectKpiSnapshots snapshots, ProjectFactsBatch batch, ProjectFactsRepository facts,
            Clock clock) {
        this.snapshots = snapshots;
        this.batch = batch;
        this.facts = facts;
        this.clock = clock;
    }

    /** The filtered projects' KPIs on the day, without their health factors (see {@link #withFactors}). */
    @Transactional
    public List<ProjectKpiSummary> asOf(LocalDate day, ProjectFilter filter) {
        if (!day.equals(LocalDate.now(clock))) {
            return batch.asOf(day, snapshots.projects(filter)).stream()
                    .map(known -> ProjectKpiSummary.of(known, day)).toList();
        }
        List<ProjectKpiSummary> stored = snapshots.read(filter, day);
        List<UUID> stale = stored.stream().filter(summary -> summary.asOf() == null)
                .map(ProjectKpiSummary::projectId).toList();
        if (stale.isEmpty()) {
            return stored;
        }
        List<ProjectKpiSummary> recomputed = batch.asOf(day, snapshots.projects(stale)).stream()
                .map(known -> ProjectKpiSummary.of(known, day)).toList();
        snapshots.fill(recomputed);
        Map<UUID, ProjectKpiSummary> fresh = recomputed.stream()
                .collect(Collectors.toMap(ProjectKpiSummary::projectId, Function.identity()));
        List<ProjectKpiSummary> summaries = new ArrayList<>(stored.size());
        for (ProjectKpiSummary summary : stored) {
            // A project removed between the two reads has nothing to show.
            ProjectKpiSummary current = summary.asOf() != null ? summary : fresh.get(summary.projectId());
            if (current != null) {
                summaries.add(current);
            }
        }
        return summaries;
    }

    /** The same summaries with their health factors, read from the snapshots where they were left out. */
    @Transactional
    public List<ProjectKpiSummary> withFactors(List<ProjectKpiSummary> summaries) {
        Map<UUID, List<HealthView.Factor>> stored = snapshots.factors(summaries.stream()
                .filter(summary -> summary.factors() == null).map(ProjectKpiSummary::projectId).toList());
        Map<UUID, ProjectKpiSummary> completed = new HashMap<>();
        summaries.forEach(summary -> completed.put(summary.projectId(), summary.factors() != null ? summary
                : summary.withFactors(stored.getOrDefault(summary.projectId(), List.of()))));
        return summaries.stream().map(summary -> completed.get(summary.projectId())).toList();
    }

    /** Recomputes a project's snapshot for today, in the transaction that has just applied a fact of it. */
    void refresh(@Observes ProjectFactsChanged change) {
        Project project = Project.findById(change.projectId());
        if (project != null) {
            snapshots.replace(ProjectKpiSummary.of(facts.of(project), LocalDate.now(clock)));
        }
    }

    /** Brings every snapshot to today: run when the date may have changed, so the first portfolio read stays fast. */
    @Transactional
    public void catchUp() {
        asOf(LocalDate.now(clock), ProjectFilter.ALL);
    }
}
