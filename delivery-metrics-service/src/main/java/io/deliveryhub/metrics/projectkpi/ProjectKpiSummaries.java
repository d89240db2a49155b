package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.ProjectFactsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The KPIs of many projects on a day. Today's come from the stored snapshots (V10); a project whose snapshot is
 * missing, of an earlier day (the date changed) or older than its facts (a consumer has applied a fact since) is
 * recomputed from its facts, read set-wise for all such projects at once, and stored on the way. Consumers only
 * count the facts version up, so applying an event stays cheap at hundreds of events a second, and a reader never
 * sees figures that miss a fact applied before it read. Any other day is computed from the facts.
 */
@ApplicationScoped
public class ProjectKpiSummaries {

    private final ProjectKpiSnapshots snapshots;
    private final ProjectFactsBatch batch;
    private final PastStatuses pastStatuses;
    private final Clock clock;

    public ProjectKpiSummaries(ProjectKpiSnapshots snapshots, ProjectFactsBatch batch, PastStatuses pastStatuses,
            Clock clock) {
        this.snapshots = snapshots;
        this.batch = batch;
        this.pastStatuses = pastStatuses;
        this.clock = clock;
    }

    /** The filtered projects' KPIs on the day; today's, read from the snapshots, without their health factors. */
    @Transactional
    public List<ProjectKpiSummary> asOf(LocalDate day, ProjectFilter filter) {
        if (!day.equals(LocalDate.now(clock))) {
            Map<UUID, String> statuses = day.isBefore(LocalDate.now(clock)) ? pastStatuses.on(day, filter) : Map.of();
            return batch.asOf(day, snapshots.projects(filter)).stream()
                    .map(known -> ProjectKpiSummary.of(known, day))
                    .map(summary -> summary.withStatus(statuses.getOrDefault(summary.projectId(), summary.status())))
                    .toList();
        }
        List<ProjectKpiSnapshots.Row> rows = snapshots.read(filter, day);
        Map<UUID, Long> staleVersions = rows.stream().filter(ProjectKpiSnapshots.Row::stale)
                .collect(Collectors.toMap(ProjectKpiSnapshots.Row::projectId, ProjectKpiSnapshots.Row::factsVersion));
        if (staleVersions.isEmpty()) {
            return rows.stream().map(ProjectKpiSnapshots.Row::summary).toList();
        }
        List<ProjectKpiSummary> recomputed = batch.asOf(day, snapshots.projects(List.copyOf(staleVersions.keySet())))
                .stream().map(known -> ProjectKpiSummary.of(known, day)).toList();
        snapshots.store(recomputed, staleVersions);
        Map<UUID, ProjectKpiSummary> fresh = recomputed.stream()
                .collect(Collectors.toMap(ProjectKpiSummary::projectId, Function.identity()));
        List<ProjectKpiSummary> summaries = new ArrayList<>(rows.size());
        for (ProjectKpiSnapshots.Row row : rows) {
            // A project removed between the two reads has nothing to show.
            ProjectKpiSummary current = row.stale() ? fresh.get(row.projectId()) : row.summary();
            if (current != null) {
                summaries.add(current);
            }
        }
        return summaries;
    }

    /** Whether the day's KPIs are stored (it is today), so {@link #storedTallies} and the like answer for it. */
    public boolean stored(LocalDate day) {
        return day.equals(LocalDate.now(clock));
    }

    /**
     * Today's KPIs of the filtered projects added up by the database per status, health status and currency; the
     * projects whose snapshots are stale are computed and stored first.
     */
    @Transactional
    public List<KpiTally> storedTallies(ProjectFilter filter, LocalDate today) {
        ProjectKpiSnapshots.Tallies tallies = snapshots.tallies(filter, today);
        if (tallies.stale() == 0) {
            return tallies.tallies();
        }
        asOf(today, filter);
        return snapshots.tallies(filter, today).tallies();
    }

    /** Of today's snapshots, the filtered projects in these statuses with the lowest health scores, with factors. */
    @Transactional
    public List<ProjectKpiSummary> storedLowestHealth(ProjectFilter filter, LocalDate today, Set<String> statuses,
            int limit) {
        return snapshots.lowestHealth(filter, today, statuses, limit);
    }

    @Transactional
    public List<UUID> projectIds(ProjectFilter filter) {
        return snapshots.projectIds(filter);
    }

    /** Marks the project's snapshot stale, in the transaction that has just applied a fact of it. */
    void factsChanged(@Observes ProjectFactsChanged change) {
        snapshots.factsChanged(change.projectId());
    }

    /** Brings every snapshot to today: run when the date may have changed, so the first portfolio read stays fast. */
    @Transactional
    public void catchUp() {
        asOf(LocalDate.now(clock), ProjectFilter.ALL);
    }
}
