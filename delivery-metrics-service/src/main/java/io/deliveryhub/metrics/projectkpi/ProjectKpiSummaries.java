package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The KPIs of many projects on a day. Today's come from the stored snapshots (V10); a project whose snapshot is
 * missing, of an earlier day (the date changed) or older than its facts (a consumer has applied a fact since) is
 * recomputed from its facts, read set-wise for all such projects at once, and stored on the way. Consumers only
 * count the facts version up, so applying an event stays cheap at hundreds of events a second, and a reader never
 * sees figures that miss a fact applied before it read. A past day's are kept alike once asked for (V51), as trends
 * and month-end reports ask for the same past days again and again, and are added up by the database too, each
 * project in the status it had on the day; a future day is computed from the facts. Projects are computed a page at
 * a time ({@link ProjectFactsBatch#pageSize}), so memory holds one page's facts whatever the portfolio's size.
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
     * factors.
     */
    @Transactional
    public List<ProjectKpiSummary> asOf(LocalDate day, ProjectFilter filter) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today)) {
            Map<UUID, String> statuses = pastStatuses.on(day, filter);
            return current(day, filter).stream()
                    .map(summary -> summary.withStatus(statuses.getOrDefault(summary.projectId(), summary.status())))
                    .toList();
        }
        if (day.isAfter(today)) {
            List<ProjectKpiSummary> computed = new ArrayList<>();
            computeInPages(day, snapshots.projectIds(filter), computed::addAll);
            return computed;
        }
        return current(day, filter);
    }

    /** The day's rows of the filtered projects (today's or a past day's), the stale ones recomputed and stored. */
    private List<ProjectKpiSummary> current(LocalDate day, ProjectFilter filter) {
        return day.isBefore(LocalDate.now(clock)) ? current(pastSnapshots.read(filter, day), day, pastSnapshots::store)
                : current(snapshots.read(filter, day), day, snapshots::store);
    }

    /** The rows' summaries, the stale ones recomputed from their facts (read set-wise) and stored on the way. */
    private List<ProjectKpiSummary> current(List<ProjectKpiSnapshots.Row> rows, LocalDate day,
            BiConsumer<List<ProjectKpiSummary>, Map<UUID, Long>> store) {
        if (rows.stream().noneMatch(ProjectKpiSnapshots.Row::stale)) {
            return rows.stream().map(ProjectKpiSnapshots.Row::summary).toList();
        }
        Map<UUID, ProjectKpiSummary> fresh = new HashMap<>();
        recompute(rows, day, store, page -> page.forEach(summary -> fresh.put(summary.projectId(), summary)));
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
     * The stale rows' projects recomputed from their facts and stored, a page at a time, each page handed on once
     * stored. Pages go in id order, as each page's rows are written, so two readers lock rows in the same order.
     */
    private void recompute(List<ProjectKpiSnapshots.Row> rows, LocalDate day,
            BiConsumer<List<ProjectKpiSummary>, Map<UUID, Long>> store, Consumer<List<ProjectKpiSummary>> stored) {
        Map<UUID, Long> staleVersions = rows.stream().filter(ProjectKpiSnapshots.Row::stale)
                .collect(Collectors.toMap(ProjectKpiSnapshots.Row::projectId, ProjectKpiSnapshots.Row::factsVersion));
        computeInPages(day, staleVersions.keySet().stream().sorted().toList(), page -> {
            store.accept(page, staleVersions);
            stored.accept(page);
        });
    }

    /** The projects' KPIs of the day computed from their facts a page at a time; a page's projects go with it. */
    private void computeInPages(LocalDate day, List<UUID> projectIds, Consumer<List<ProjectKpiSummary>> computed) {
        for (int from = 0; from < projectIds.size(); from += batch.pageSize()) {
            List<Project> projects = snapshots.projects(projectIds.subList(from,
                    Math.min(from + batch.pageSize(), projectIds.size())));
            computed.accept(batch.asOf(day, projects, known -> ProjectKpiSummary.of(known, day)));
            snapshots.forget(projects);
        }
    }

    /**
     * Computes and keeps every project's KPIs of a past day that are missing or stale, and only those: what the day
     * keeper does ahead of the readers.
     *
     * @return whether any were
     */
    @Transactional
    public boolean keep(LocalDate pastDay) {
        return keep(pastDay, ProjectFilter.ALL);
    }

    /**
     * The filtered projects' rows of a day (today's or a past day's) that are missing or stale, computed and stored;
     * true if any were.
     */
    private boolean keep(LocalDate day, ProjectFilter filter) {
        boolean past = day.isBefore(LocalDate.now(clock));
        List<ProjectKpiSnapshots.Row> stale = past ? pastSnapshots.stale(filter, day) : snapshots.stale(filter, day);
        if (stale.isEmpty()) {
            return false;
        }
        recompute(stale, day, past ? pastSnapshots::store : snapshots::store, page -> {
        });
        return true;
    }

    /** Whether the day's KPIs are stored (today or a past day), so {@link #storedTallies} and the like answer for it. */
    public boolean stored(LocalDate day) {
        return !day.isAfter(LocalDate.now(clock));
    }

    /**
     * The day's KPIs of the filtered projects added up by the database per status (on the day), health status and
     * currency; the projects whose rows are missing or stale are computed and stored first.
     */
    @Transactional
    public List<KpiTally> storedTallies(ProjectFilter filter, LocalDate day) {
        ProjectKpiSnapshots.Tallies tallies = tallies(filter, day);
        if (tallies.stale() == 0) {
            return tallies.tallies();
        }
        keep(day, filter);
        return tallies(filter, day).tallies();
    }

    private ProjectKpiSnapshots.Tallies tallies(ProjectFilter filter, LocalDate day) {
        return day.isBefore(LocalDate.now(clock)) ? pastSnapshots.tallies(filter, day) : snapshots.tallies(filter, day);
    }

    /**
     * Of the day's stored KPIs, the filtered projects in these statuses (on the day) with the lowest health scores,
     * with factors.
     */
    @Transactional
    public List<ProjectKpiSummary> storedLowestHealth(ProjectFilter filter, LocalDate day, Set<String> statuses,
            int limit) {
        return day.isBefore(LocalDate.now(clock)) ? pastSnapshots.lowestHealth(filter, day, statuses, limit)
                : snapshots.lowestHealth(filter, day, statuses, limit);
    }

    @Transactional
    public List<UUID> projectIds(ProjectFilter filter) {
        return snapshots.projectIds(filter);
    }

    /** Brings every snapshot to today: run when the date may have changed, so the first portfolio read stays fast. */
    @Transactional
    public void catchUp() {
        keep(LocalDate.now(clock), ProjectFilter.ALL);
    }
}
