package io.deliveryhub.metrics.projectkpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The stored KPIs of each project as of one day (V10). A row is replaced by a newer day's, or by the same day's
 * when a fact of its project was applied; a recomputation of a whole day never overwrites a row of that day,
 * because a fact applied meanwhile may have made the row newer than the facts the recomputation read.
 */
@ApplicationScoped
class ProjectKpiSnapshots {

    private static final String UPSERT = """
            insert into project_kpi_snapshot (project_id, as_of, currency, bac, ac, cpi, spi, percent_complete, rag,
                health_score, health_status, health_factors, milestones_on_time, milestones_late, csat_sum,
                csat_count, nps_sum, nps_count, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (project_id) do update set
                as_of = excluded.as_of, currency = excluded.currency, bac = excluded.bac, ac = excluded.ac,
                cpi = excluded.cpi, spi = excluded.spi, percent_complete = excluded.percent_complete,
                rag = excluded.rag, health_score = excluded.health_score, health_status = excluded.health_status,
                health_factors = excluded.health_factors, milestones_on_time = excluded.milestones_on_time,
                milestones_late = excluded.milestones_late, csat_sum = excluded.csat_sum,
                csat_count = excluded.csat_count, nps_sum = excluded.nps_sum, nps_count = excluded.nps_count,
                computed_at = excluded.computed_at
            where project_kpi_snapshot.as_of %s excluded.as_of""";

    private static final String READ = """
            select p.id, p.key, p.name, p.status, s.as_of, s.currency, s.bac, s.ac, s.cpi, s.spi, s.percent_complete,
                   s.rag, s.health_score, s.health_status, s.milestones_on_time, s.milestones_late, s.csat_sum,
                   s.csat_count, s.nps_sum, s.nps_count
            from project p left join project_kpi_snapshot s on s.project_id = p.id
            where """ + ProjectFilter.WHERE;

    private static final TypeReference<List<HealthView.Factor>> FACTORS = new TypeReference<>() {
    };

    private final Session session;
    private final ObjectMapper json;

    ProjectKpiSnapshots(Session session, ObjectMapper json) {
        this.session = session;
        this.json = json;
    }

    /** Replaces a project's row, in the transaction that changed its facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replace(ProjectKpiSummary summary) {
        write(List.of(summary), "<=");
    }

    /** Stores a recomputed day: fills missing rows and replaces rows of earlier days only. */
    @Transactional(Transactional.TxType.MANDATORY)
    void fill(List<ProjectKpiSummary> summaries) {
        write(summaries, "<");
    }

    /** The filtered projects' rows; a project whose row is missing or of another day has {@code asOf} null. */
    List<ProjectKpiSummary> read(ProjectFilter filter, LocalDate day) {
        var query = session.createNativeQuery(READ, Object[].class);
        filter.bind(query);
        return query.getResultList().stream().map(row -> {
            LocalDate asOf = ProjectFactsRepository.date(row[4]);
            if (!day.equals(asOf)) {
                return new ProjectKpiSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], null,
                        null, null, null, null, null, null, null, 0, null, 0, 0, 0, 0, 0, 0, null);
            }
            return new ProjectKpiSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], asOf,
                    ProjectFactsRepository.trimmed(row[5]), (BigDecimal) row[6], (BigDecimal) row[7],
                    (BigDecimal) row[8], (BigDecimal) row[9], (BigDecimal) row[10], (String) row[11],
                    ((Number) row[12]).intValue(), ProjectHealth.Status.valueOf((String) row[13]),
                    ((Number) row[14]).intValue(), ((Number) row[15]).intValue(), ((Number) row[16]).intValue(),
                    ((Number) row[17]).intValue(), ((Number) row[18]).intValue(), ((Number) row[19]).intValue(), null);
        }).toList();
    }

    /** The health factors stored with these projects' rows. */
    Map<UUID, List<HealthView.Factor>> factors(List<UUID> projectIds) {
        Map<UUID, List<HealthView.Factor>> factors = new HashMap<>();
        if (projectIds.isEmpty()) {
            return factors;
        }
        session.createNativeQuery("select project_id, health_factors from project_kpi_snapshot where project_id in (:ids)",
                Object[].class).setParameterList("ids", projectIds).getResultList()
                .forEach(row -> factors.put((UUID) row[0], parse((String) row[1])));
        return factors;
    }

    List<Project> projects(ProjectFilter filter) {
        var query = session.createNativeQuery("select p.* from project p where " + ProjectFilter.WHERE, Project.class);
        filter.bind(query);
        return query.getResultList();
    }

    List<Project> projects(List<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : session.createNativeQuery("select p.* from project p where p.id in (:ids)", Project.class)
                        .setParameterList("ids", ids).getResultList();
    }

    private void write(List<ProjectKpiSummary> summaries, String newer) {
        Timestamp now = Timestamp.from(Instant.now());
        session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT.formatted(newer))) {
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
                    upsert.setString(12, text(summary.factors()));
                    upsert.setInt(13, summary.milestonesOnTime());
                    upsert.setInt(14, summary.milestonesLate());
                    upsert.setInt(15, summary.csatSum());
                    upsert.setInt(16, summary.csatCount());
                    upsert.setInt(17, summary.npsSum());
                    upsert.setInt(18, summary.npsCount());
                    upsert.setTimestamp(19, now);
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

    private List<HealthView.Factor> parse(String text) {
        try {
            return json.readValue(text, FACTORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored health factors not readable: " + text, e);
        }
    }
}
