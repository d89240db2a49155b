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
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The KPIs of many projects on a day. Today's come from the stored snapshots (V10); a project whose snapshot is
 * missing, of an earlier day (the date changed) or older than its facts (a consumer has applied a fact since) is
 * recomputed from its facts, read set-wise for all such projects at once, and stored on the way. Consumers only
 * count the facts version up, so applying an event stays cheap at hundreds of events a second, and a reader never
 * sees figures that miss a fact applied before it read. A past day's are kept alike once asked for (V51), as trends
 * and month-end reports ask for the same past days again and again; a future day is computed from the facts.
 */
@ApplicationScoped
public class ProjectKpiSummaries {

    private final ProjectKpiSnapshots snapshots;
    private final PastKpiSnapshots pastSnapshots;
    private final ProjectFactsBatch batch;
    private final PastStatuses pastStatuses;
    private final Clock clock;

    public ProjectKpiSummaries(ProjectKpiSnapshots snapshots, PastKpiSnapshots pastSnapshots, ProjectFactsBatch batch,
            PastStatuses pastStatuses, Clock clock) {
        this.snapshots = snapshots;
        this.pastSnapshots = pastSnapshots;
        this.batch = batch;
        this.pastStatuses = pastStatuses;
        this.clock = clock;
    }

    /**
     * The filtered projects' KPIs on the day; today's and past days' read from their snapshots, without their health
     * factors (see {@link #withFactors}).
     */
    @Transactional
    public List<ProjectKpiSummary> asOf(LocalDate day, ProjectFilter filter) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today)) {
            Map<UUID, String> statuses = pastStatuses.on(day, filter);
            return current(pastSnapshots.read(filter, day), day, pastSnapshots::store).stream()
                    .map(summary -> summary.withStatus(statuses.getOrDefault(summary.projectId(), summary.status())))
                    .toList();
        }
        if (day.isAfter(today)) {
            return batch.asOf(day, snapshots.projects(filter)).stream()
                    .map(known -> ProjectKpiSummary.of(known, day)).toList();
        }
        return current(snapshots.read(filter, day), day, snapshots::store);
    }

    /** The rows' summaries, the stale ones recomputed from their facts (read set-wise) and stored on the way. */
    private List<ProjectKpiSummary> current(List<ProjectKpiSnapshots.Row> rows, LocalDate day,
            BiConsumer<List<ProjectKpiSummary>, Map<UUID, Long>> store) {
        Map<UUID, Long> staleVersions = rows.stream().filter(ProjectKpiSnapshots.Row::stale)
                .collect(Collectors.toMap(ProjectKpiSnapshots.Row::projectId, ProjectKpiSnapshots.Row::factsVersion));
        if (staleVersions.isEmpty()) {
            return rows.stream().map(ProjectKpiSnapshots.Row::summary).toList();
        }
        List<ProjectKpiSummary> recomputed = batch.asOf(day, snapshots.projects(List.copyOf(staleVersions.keySet())))
                .stream().map(known -> ProjectKpiSummary.of(known, day)).toList();
        store.accept(recomputed, staleVersions);
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

    /**
     * These KPIs of a past day (a few, such as the projects most at risk) with their health factors, read from the
     * day's snapshots for those {@link #asOf} read without them.
     */
    @Transactional
    public List<ProjectKpiSummary> withFactors(List<ProjectKpiSummary> summaries) {
        List<ProjectKpiSummary> without = summaries.stream().filter(summary -> summary.factors() == null).toList();
        if (without.isEmpty()) {
            return summaries;
        }
        Map<UUID, List<HealthView.Factor>> factors = pastSnapshots.factors(without.get(0).asOf(),
                without.stream().map(ProjectKpiSummary::projectId).toList());
        return summaries.stream().map(summary -> summary.factors() != null ? summary
                : summary.withFactors(factors.getOrDefault(summary.projectId(), List.of()))).toList();
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
