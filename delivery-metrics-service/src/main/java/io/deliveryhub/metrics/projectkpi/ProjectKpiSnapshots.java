package io.deliveryhub.metrics.projectkpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The stored KPIs of each project as of one day (V10), each computed from a version of the project's facts: the
 * consumers count {@code project.facts_version} up whenever they apply a fact ({@link PastFactChanges}), and a row of an older version or an
 * earlier day is stale. A row is only ever replaced by one of a later (day, version), so a reader that computed
 * from older facts cannot overwrite what a faster one stored.
 */
@ApplicationScoped
class ProjectKpiSnapshots {

    // The factors are written only when the snapshot is: both under the snapshot's (day, version) guard.
    private static final String UPSERT = """
            with stored as (
                insert into project_kpi_snapshot (project_id, as_of, currency, bac, ac, cpi, spi, percent_complete, rag,
                    health_score, health_status, milestones_on_time, milestones_late, csat_sum, csat_count, nps_sum,
                    nps_count, facts_version, computed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (project_id) do update set
                    as_of = excluded.as_of, currency = excluded.currency, bac = excluded.bac, ac = excluded.ac,
                    cpi = excluded.cpi, spi = excluded.spi, percent_complete = excluded.percent_complete,
                    rag = excluded.rag, health_score = excluded.health_score, health_status = excluded.health_status,
                    milestones_on_time = excluded.milestones_on_time, milestones_late = excluded.milestones_late,
                    csat_sum = excluded.csat_sum, csat_count = excluded.csat_count, nps_sum = excluded.nps_sum,
                    nps_count = excluded.nps_count, facts_version = excluded.facts_version,
                    computed_at = excluded.computed_at
                where (project_kpi_snapshot.as_of, project_kpi_snapshot.facts_version)
                    < (excluded.as_of, excluded.facts_version)
                returning project_id)
            insert into project_kpi_health_factors (project_id, factors) select project_id, ? from stored
            on conflict (project_id) do update set factors = excluded.factors""";

    private static final String READ = """
            select p.id, p.key, p.name, p.status, s.as_of, s.currency, s.bac, s.ac, s.cpi, s.spi, s.percent_complete,
                   s.rag, s.health_score, s.health_status, s.milestones_on_time, s.milestones_late, s.csat_sum,
                   s.csat_count, s.nps_sum, s.nps_count, p.facts_version, s.facts_version as snapshot_facts_version
            from project p left join project_kpi_snapshot s on s.project_id = p.id
            where """ + ProjectFilter.CONDITION;

    // As READ counts a row stale: missing, of an earlier day or older than the project's facts.
    private static final String STALE = """
            select p.id, p.facts_version from project p left join project_kpi_snapshot s on s.project_id = p.id
            where (s.as_of is distinct from :day or s.facts_version < p.facts_version) and """
            + ProjectFilter.CONDITION;

    // Additive figures of a group of rows s, as KpiTally holds them; sums of no rows are null.
    static final String SUMS = """
            count(*) as projects, coalesce(sum(s.bac), 0) as bac, coalesce(sum(s.ac), 0) as ac,
            coalesce(sum(s.milestones_on_time), 0) as milestones_on_time,
            coalesce(sum(s.milestones_late), 0) as milestones_late, coalesce(sum(s.csat_sum), 0) as csat_sum,
            coalesce(sum(s.csat_count), 0) as csat_count, coalesce(sum(s.nps_sum), 0) as nps_sum,
            coalesce(sum(s.nps_count), 0) as nps_count,
            count(*) filter (where s.cpi is not null and s.spi is not null) as judged,
            count(*) filter (where s.cpi >= :onTrack and s.spi >= :onTrack) as on_track""";

    // A project without a row of the day and its facts is stale.
    private static final String TALLIES = "select p.status, s.health_status, s.currency, " + SUMS + """
            , count(*) filter (where s.as_of is distinct from :day or s.facts_version < p.facts_version) as stale
            from project p left join project_kpi_snapshot s on s.project_id = p.id
            where """ + ProjectFilter.CONDITION + """

            group by p.status, s.health_status, s.currency""";

    // Keys compare byte-wise (collation C), as Java compares them, so a tie at the tenth place resolves alike. The
    // factors are joined to the few rows picked, not to every candidate.
    private static final String LOWEST_HEALTH = """
            select lowest.*, f.factors from (
                select p.id, p.key, p.name, p.status, s.as_of, s.currency, s.bac, s.ac, s.cpi, s.spi,
                       s.percent_complete, s.rag, s.health_score, s.health_status, s.milestones_on_time,
                       s.milestones_late, s.csat_sum, s.csat_count, s.nps_sum, s.nps_count
                from project p join project_kpi_snapshot s on s.project_id = p.id
                where p.status in (:statuses) and s.health_score < 100 and """ + ProjectFilter.CONDITION + """

                order by s.health_score, p.key collate "C" limit :limit) lowest
            join project_kpi_health_factors f on f.project_id = lowest.id
            order by lowest.health_score, lowest.key collate "C\"""";

    private static final TypeReference<List<HealthView.Factor>> FACTORS = new TypeReference<>() {
    };

    private final Session session;
    private final ObjectMapper json;

    ProjectKpiSnapshots(Session session, ObjectMapper json) {
        this.session = session;
        this.json = json;
    }

    /**
     * Stores recomputed rows, each with the facts version read before its facts. Rows are written in id order, so
     * two readers catching up at once lock them in the same order and cannot deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(List<ProjectKpiSummary> summaries, Map<UUID, Long> factsVersions) {
        store(UPSERT, summaries, factsVersions);
    }

    /**
     * The same through another upsert, which takes a snapshot's columns in {@link #UPSERT}'s order and then its
     * health factors: {@link PastKpiSnapshots} keeps past days' rows alike.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(String upsert, List<ProjectKpiSummary> summaries, Map<UUID, Long> factsVersions) {
        write(upsert, summaries.stream().sorted(Comparator.comparing(ProjectKpiSummary::projectId)).toList(),
                factsVersions);
    }

    /** A filtered project's row, or only its project's columns when it is stale. */
    record Row(UUID projectId, ProjectKpiSummary summary, long factsVersion, boolean stale) {
    }

    /** The filtered projects' rows, without their health factors. */
    List<Row> read(ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(filter.sql(READ), Tuple.class);
        filter.bind(query);
        return query.getResultList().stream().map(Columns::of).map(row -> {
            long factsVersion = row.count("facts_version");
            boolean stale = !day.equals(row.date("as_of")) || row.count("snapshot_facts_version") < factsVersion;
            return new Row(row.uuid("id"), stale ? null : summary(row, day, null), factsVersion, stale);
        }).toList();
    }

    /**
     * The filtered projects whose row of the day is missing or stale, as stale rows with the facts version they have
     * now: what a read or the day's catch-up computes, without reading the current rows.
     */
    List<Row> stale(ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(filter.sql(STALE), Tuple.class).setParameter("day", day, LocalDate.class);
        filter.bind(query);
        return query.getResultList().stream().map(Columns::of)
                .map(row -> new Row(row.uuid("id"), null, row.count("facts_version"), true)).toList();
    }

    /**
     * The filtered projects' rows added up per status, health status and currency, with how many projects have no
     * row of the day (they need computing first).
     */
    Tallies tallies(ProjectFilter filter, LocalDate day) {
        return tallies(TALLIES, filter, day);
    }

    /**
     * The same through another query, which selects a group's status, health status, currency, {@link #SUMS} and
     * stale count: {@link PastKpiSnapshots} adds up past days' rows alike.
     */
    Tallies tallies(String sql, ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(filter.sql(sql), Tuple.class);
        filter.bind(query);
        query.setParameter("onTrack", KpiTally.ON_TRACK_INDEX, BigDecimal.class).setParameter("day", day, LocalDate.class);
        long stale = 0;
        List<KpiTally> tallies = new ArrayList<>();
        for (Columns row : query.getResultList().stream().map(Columns::of).toList()) {
            stale += row.count("stale");
            if (row.text("health_status") != null) {
                tallies.add(new KpiTally(row.text("status"), ProjectHealth.Status.valueOf(row.text("health_status")),
                        row.trimmed("currency"), row.count("projects"), row.decimal("bac"), row.decimal("ac"),
                        row.count("milestones_on_time"), row.count("milestones_late"), row.count("csat_sum"),
                        row.count("csat_count"), row.count("nps_sum"), row.count("nps_count"), row.count("judged"),
                        row.count("on_track")));
            }
        }
        return new Tallies(tallies, stale);
    }

    record Tallies(List<KpiTally> tallies, long stale) {
    }

    /**
     * The rows of the filtered projects in these statuses whose health loses points, lowest score first and ties by
     * key, with their health factors: the candidates {@code PortfolioFigures.mostAtRisk} orders the same way.
     */
    List<ProjectKpiSummary> lowestHealth(ProjectFilter filter, LocalDate day, Collection<String> statuses, int limit) {
        return lowestHealth(session.createNativeQuery(filter.sql(LOWEST_HEALTH), Tuple.class), filter, statuses, limit);
    }

    /** The same through another query, which selects {@link #LOWEST_HEALTH}'s columns with the same parameters. */
    List<ProjectKpiSummary> lowestHealth(NativeQuery<Tuple> query, ProjectFilter filter, Collection<String> statuses,
            int limit) {
        filter.bind(query);
        query.setParameterList("statuses", statuses).setParameter("limit", limit, Integer.class);
        // As stored, whatever its day: the caller has just brought the rows up to date.
        return query.getResultList().stream().map(Columns::of)
                .map(row -> summary(row, row.date("as_of"), parse(row.text("factors")))).toList();
    }

    List<UUID> projectIds(ProjectFilter filter) {
        // Tuples rather than a UUID result class: see PortfolioService.count
        var query = session.createNativeQuery(filter.sql("select p.id from project p where " + ProjectFilter.CONDITION),
                Tuple.class);
        filter.bind(query);
        return query.getResultList().stream().map(row -> Columns.of(row).uuid("id")).toList();
    }

    static ProjectKpiSummary summary(Columns row, LocalDate asOf, List<HealthView.Factor> factors) {
        return new ProjectKpiSummary(row.uuid("id"), row.text("key"), row.text("name"), row.text("status"), asOf,
                row.trimmed("currency"), row.decimal("bac"), row.decimal("ac"), row.decimal("cpi"), row.decimal("spi"),
                row.decimal("percent_complete"), row.text("rag"), (int) row.count("health_score"),
                ProjectHealth.Status.valueOf(row.text("health_status")), (int) row.count("milestones_on_time"),
                (int) row.count("milestones_late"), (int) row.count("csat_sum"), (int) row.count("csat_count"),
                (int) row.count("nps_sum"), (int) row.count("nps_count"), factors);
    }

    List<Project> projects(List<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : session.createNativeQuery("select p.* from project p where p.id in (:ids)", Project.class)
                        .setParameterList("ids", ids).getResultList();
    }

    /** Lets the session drop projects read only to compute their KPIs, so that a page's go with its facts. */
    void forget(List<Project> projects) {
        projects.forEach(session::detach);
    }

    private void write(String sql, List<ProjectKpiSummary> summaries, Map<UUID, Long> factsVersions) {
        Timestamp now = Timestamp.from(Instant.now());
        session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                for (ProjectKpiSummary summary : summaries) {
                    upsert.setObject(1, summary.projectId());
                    upsert.setDate(2, Date.valueOf(summary.asOf()));
                    upsert.setString(3, summary.currency());
                    upsert.setBigDecimal(4, summary.bac());
                    upsert.setBigDecimal(5, summary.ac() == null ? BigDecimal.ZERO : summary.ac());
                    upsert.setBigDecimal(6, summary.cpi());
                    upsert.setBigDecimal(7, summary.spi());
                    upsert.setBigDecimal(8, summary.percentComplete());
                    upsert.setString(9, summary.rag());
                    upsert.setInt(10, summary.healthScore());
                    upsert.setString(11, summary.healthStatus().name());
                    upsert.setInt(12, summary.milestonesOnTime());
                    upsert.setInt(13, summary.milestonesLate());
                    upsert.setInt(14, summary.csatSum());
                    upsert.setInt(15, summary.csatCount());
                    upsert.setInt(16, summary.npsSum());
                    upsert.setInt(17, summary.npsCount());
                    upsert.setLong(18, factsVersions.getOrDefault(summary.projectId(), 0L));
                    upsert.setTimestamp(19, now);
                    upsert.setString(20, text(summary.factors()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    private String text(List<HealthView.Factor> factors) {
        try {
            return json.writeValueAsString(factors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Health factors not writable as JSON", e);
        }
    }

    List<HealthView.Factor> parse(String text) {
        try {
            return json.readValue(text, FACTORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored health factors not readable: " + text, e);
        }
    }
}
