package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.timeentry.ProjectCosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Reads a project's facts from the read models the projects consumer (V4) and the resources consumer (V6) keep. */
@ApplicationScoped
class ProjectFactsRepository {

    private final Session session;
    private final ProjectCosts costs;

    ProjectFactsRepository(Session session, ProjectCosts costs) {
        this.session = session;
        this.costs = costs;
    }

    ProjectFacts of(Project project) {
        UUID id = project.id;
        return new ProjectFacts(project,
                rows("""
                        select baseline_number, effective_at, budget_amount, budget_currency, budget_hours
                        from project_baseline where project_id = :id order by baseline_number""", id).stream()
                        .map(row -> new ProjectFacts.Baseline(((Number) row[0]).longValue(),
                                utcDay(row[1]), (BigDecimal) row[2], trimmed(row[3]),
                                (BigDecimal) row[4]))
                        .toList(),
                rows("select due_date, weight, status, completed_on from project_milestone where project_id = :id",
                        id).stream()
                        .map(row -> new MilestoneFact(date(row[0]), (BigDecimal) row[1], (String) row[2],
                                date(row[3])))
                        .toList(),
                // In the order they were submitted, so of two reports for one day the later one wins.
                rows("""
                        select as_of, percent_complete, overall from project_status_report where project_id = :id
                        order by as_of, created_at, id""", id).stream()
                        .map(row -> new StatusReportFact(date(row[0]), (BigDecimal) row[1], (String) row[2]))
                        .toList(),
                rows("select created_at, status, score from project_raid_item where project_id = :id and type = 'RISK'",
                        id).stream()
                        .map(row -> new ProjectFacts.Risk(utcDay(row[0]), (String) row[1],
                                integer(row[2])))
                        .toList(),
                rows("select received_at, csat, nps from project_feedback where project_id = :id", id).stream()
                        .map(row -> new ClientFeedback.Response(utcDay(row[0]),
                                integer(row[1]), integer(row[2])))
                        .toList(),
                costs.of(id));
    }

    private List<Object[]> rows(String sql, UUID projectId) {
        return session.createNativeQuery(sql, Object[].class).setParameter("id", projectId).getResultList();
    }

    // The JDBC types of native results depend on the driver and Hibernate's settings: convert what may come.
    static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static LocalDate utcDay(Object value) {
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
        return ProjectFacts.utcDay(instant);
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static String trimmed(Object currency) {
        return currency == null ? null : currency.toString().trim();
    }
}
