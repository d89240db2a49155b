package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Reads projects' facts from the read models the projects consumer keeps (V4): of one project, or of every project
 * in some statuses with one query per kind of fact, whatever their number (what a sweep over the portfolio needs).
 */
@ApplicationScoped
class ProjectFactsRepository {

    private static final String ONE_PROJECT = "project_id = :scope";
    private static final String PROJECTS_IN_STATUSES =
            "project_id in (select id from project where status in (:scope))";
    private static final String SOME_PROJECTS = "project_id in (:scope)";

    private final Session session;

    ProjectFactsRepository(Session session) {
        this.session = session;
    }

    ProjectFacts of(Project project) {
        return load(List.of(project), ONE_PROJECT, project.id).get(0);
    }

    /** The facts of every project whose status is one of these. */
    List<ProjectFacts> inStatuses(Collection<String> statuses) {
        List<Project> projects = Project.list("status in ?1", statuses);
        return projects.isEmpty() ? List.of() : load(projects, PROJECTS_IN_STATUSES, statuses);
    }

    /** The facts of those of these projects whose status is one of these. */
    List<ProjectFacts> inStatuses(Collection<String> statuses, Collection<UUID> projectIds) {
        List<Project> projects = Project.list("status in ?1 and id in ?2", statuses, projectIds);
        return projects.isEmpty() ? List.of()
                : load(projects, SOME_PROJECTS, projects.stream().map(project -> project.id).toList());
    }

    /** Row 0 of every query is the project id; the facts start at row 1. */
    private List<ProjectFacts> load(List<Project> projects, String scope, Object scopeValue) {
        Map<UUID, List<ProjectFacts.Baseline>> baselines = byProject("""
                select project_id, baseline_number, effective_at, budget_amount, budget_currency, budget_hours
                from project_baseline where %s order by baseline_number""", scope, scopeValue,
                row -> new ProjectFacts.Baseline(((Number) row[1]).longValue(), utcDay(row[2]), (BigDecimal) row[3],
                        trimmed(row[4]), (BigDecimal) row[5]));
        Map<UUID, List<MilestoneFact>> milestones = byProject("""
                select project_id, due_date, weight, status, completed_on from project_milestone where %s""",
                scope, scopeValue,
                row -> new MilestoneFact(date(row[1]), (BigDecimal) row[2], (String) row[3], date(row[4])));
        // In the order they were submitted, so of two reports for one day the later one wins.
        Map<UUID, List<StatusReportFact>> reports = byProject("""
                select project_id, as_of, percent_complete, overall from project_status_report where %s
                order by as_of, created_at, id""", scope, scopeValue,
                row -> new StatusReportFact(date(row[1]), (BigDecimal) row[2], (String) row[3]));
        Map<UUID, List<ProjectFacts.Risk>> risks = byProject("""
                select project_id, created_at, status, score from project_raid_item where %s and type = 'RISK'""",
                scope, scopeValue,
                row -> new ProjectFacts.Risk(utcDay(row[1]), (String) row[2], integer(row[3])));
        Map<UUID, List<ClientFeedback.Response>> feedback = byProject("""
                select project_id, received_at, csat, nps from project_feedback where %s""", scope, scopeValue,
                row -> new ClientFeedback.Response(utcDay(row[1]), integer(row[2]), integer(row[3])));
        return projects.stream()
                .map(project -> new ProjectFacts(project, baselines.getOrDefault(project.id, List.of()),
                        milestones.getOrDefault(project.id, List.of()), reports.getOrDefault(project.id, List.of()),
                        risks.getOrDefault(project.id, List.of()), feedback.getOrDefault(project.id, List.of()),
                        List.of()))
                .toList();
    }

    private <T> Map<UUID, List<T>> byProject(String sql, String scope, Object scopeValue, Function<Object[], T> fact) {
        NativeQuery<Object[]> query = session.createNativeQuery(sql.formatted(scope), Object[].class);
        if (scopeValue instanceof Collection<?> values) {
            query.setParameterList("scope", values);
        } else {
            query.setParameter("scope", scopeValue);
        }
        Map<UUID, List<T>> facts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            facts.computeIfAbsent((UUID) row[0], project -> new ArrayList<>()).add(fact.apply(row));
        }
        return facts;
    }

    // The JDBC types of native results depend on the driver and Hibernate's settings: convert what may come.
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalDate utcDay(Object value) {
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
        return ProjectFacts.utcDay(instant);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String trimmed(Object currency) {
        return currency == null ? null : currency.toString().trim();
    }
}
