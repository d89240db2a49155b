package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The KPIs of each project as of past days (V51), so that the portfolio of a day already asked about is read rather
 * than computed again. A row is computed from a version of the project's facts and is stale once a fact applied later
 * counts on or before its day (see {@link PastFactChanges}); it is only ever replaced by one of a later version.
 */
@ApplicationScoped
class PastKpiSnapshots {

    private static final String UPSERT = """
            insert into project_kpi_history (project_id, as_of, currency, bac, ac, cpi, spi, percent_complete, rag,
                health_score, health_status, milestones_on_time, milestones_late, csat_sum, csat_count, nps_sum,
                nps_count, facts_version, computed_at, health_factors)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (as_of, project_id) do update set
                currency = excluded.currency, bac = excluded.bac, ac = excluded.ac, cpi = excluded.cpi,
                spi = excluded.spi, percent_complete = excluded.percent_complete, rag = excluded.rag,
                health_score = excluded.health_score, health_status = excluded.health_status,
                milestones_on_time = excluded.milestones_on_time, milestones_late = excluded.milestones_late,
                csat_sum = excluded.csat_sum, csat_count = excluded.csat_count, nps_sum = excluded.nps_sum,
                nps_count = excluded.nps_count, facts_version = excluded.facts_version,
                computed_at = excluded.computed_at, health_factors = excluded.health_factors
            where project_kpi_history.facts_version < excluded.facts_version""";

    private static final String READ = """
            select p.id, p.key, p.name, p.status, h.as_of, h.currency, h.bac, h.ac, h.cpi, h.spi, h.percent_complete,
                   h.rag, h.health_score, h.health_status, h.milestones_on_time, h.milestones_late, h.csat_sum,
                   h.csat_count, h.nps_sum, h.nps_count, p.facts_version,
                   case when h.as_of is not null and """ + PastFactChanges.holds("h") + """
                        then 0 else 1 end as stale
            from project p left join project_kpi_history h on h.project_id = p.id and h.as_of = :day
            where """ + ProjectFilter.CONDITION;

    // Each project counts in the status it had on the day (its status now when none was recorded by then), like the
    // rows read; a project without a current row of the day is stale.
    private static final String TALLIES = """
            select coalesce(d.status, p.status) as status, s.health_status, s.currency, """
            + ProjectKpiSnapshots.SUMS + """
            , count(*) filter (where s.as_of is null or not """ + PastFactChanges.holds("s") + """
            ) as stale
            from project p left join project_kpi_history s on s.project_id = p.id and s.as_of = :day
            """ + PastStatuses.JOIN_ON_DAY + """

            where """ + ProjectFilter.CONDITION + """

            group by 1, s.health_status, s.currency""";

    // As today's (ProjectKpiSnapshots.LOWEST_HEALTH), in the statuses of the day; the factors joined to the rows picked.
    private static final String LOWEST_HEALTH = """
            select lowest.*, f.health_factors as factors from (
                select p.id, p.key, p.name, coalesce(d.status, p.status) as status, s.as_of, s.currency, s.bac, s.ac,
                       s.cpi, s.spi, s.percent_complete, s.rag, s.health_score, s.health_status, s.milestones_on_time,
                       s.milestones_late, s.csat_sum, s.csat_count, s.nps_sum, s.nps_count
                from project p join project_kpi_history s on s.project_id = p.id and s.as_of = :day
                """ + PastStatuses.JOIN_ON_DAY + """

                where coalesce(d.status, p.status) in (:statuses) and s.health_score < 100
                  and """ + ProjectFilter.CONDITION + """

                order by s.health_score, p.key collate "C" limit :limit) lowest
            join project_kpi_history f on f.as_of = :day and f.project_id = lowest.id
            order by lowest.health_score, lowest.key collate "C\"""";

    private static final String STALE = """
            select p.id, p.facts_version from project p
            left join project_kpi_history h on h.as_of = :day and h.project_id = p.id
            where (h.project_id is null or not """ + PastFactChanges.holds("h") + """
            ) and """ + ProjectFilter.CONDITION;

    private final ProjectKpiSnapshots snapshots;
    private final Session session;

    PastKpiSnapshots(ProjectKpiSnapshots snapshots, Session session) {
        this.snapshots = snapshots;
        this.session = session;
    }

    /** The filtered projects' rows of the day, without their health factors; a stale row has only its project's. */
    List<ProjectKpiSnapshots.Row> read(ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(filter.sql(READ), Tuple.class).setParameter("day", day, LocalDate.class);
        filter.bind(query);
        return query.getResultList().stream().map(Columns::of).map(row -> {
            long factsVersion = row.count("facts_version");
            boolean stale = row.count("stale") > 0;
            return new ProjectKpiSnapshots.Row(row.uuid("id"), stale ? null : ProjectKpiSnapshots.summary(row, day, null),
                    factsVersion, stale);
        }).toList();
    }

    /**
     * The filtered projects whose row of the day is missing or stale, as stale rows with the facts version they have
     * now: what a read computes before adding the day up, and the day keeper for every project.
     */
    List<ProjectKpiSnapshots.Row> stale(ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(filter.sql(STALE), Tuple.class).setParameter("day", day, LocalDate.class);
        filter.bind(query);
        return query.getResultList().stream().map(Columns::of)
                .map(row -> new ProjectKpiSnapshots.Row(row.uuid("id"), null, row.count("facts_version"), true))
                .toList();
    }

    /** Stores recomputed rows of their day, each with the facts version read before its facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(List<ProjectKpiSummary> summaries, Map<UUID, Long> factsVersions) {
        snapshots.store(UPSERT, summaries, factsVersions);
    }

    /** The filtered projects' rows of the day added up per status on the day, health status and currency. */
    ProjectKpiSnapshots.Tallies tallies(ProjectFilter filter, LocalDate day) {
        return snapshots.tallies(TALLIES, filter, day);
    }

    /**
     * Of the day's rows, the filtered projects in these statuses on the day with the lowest health scores, with
     * their health factors (see {@link ProjectKpiSnapshots#lowestHealth}).
     */
    List<ProjectKpiSummary> lowestHealth(ProjectFilter filter, LocalDate day, Collection<String> statuses, int limit) {
        return snapshots.lowestHealth(session.createNativeQuery(filter.sql(LOWEST_HEALTH), Tuple.class)
                .setParameter("day", day, LocalDate.class), filter, statuses, limit);
    }
}
