package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.CostFact;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The facts of many projects as of one day, read with one query per kind of fact (per chunk of projects) instead of
 * one set per project: what the portfolio computes a past day, or a new day's snapshots, from.
 *
 * <p>Time is read summed per project up to the day (one cost fact dated on the day), which is all the KPIs of that
 * day need: from the monthly sums of V43's {@code project_month_time} for the months whose entries all fall on or
 * before the day, and entry by entry only for the month the day cuts through.
 *
 * <p>Projects are read a page of {@code page-size} at a time and each page's facts turned into what the caller keeps
 * of them before the next is read: memory holds one page's facts whatever the portfolio's size.
 */
@ApplicationScoped
class ProjectFactsBatch {

    // PostgreSQL takes at most 32767 bind parameters in one statement.
    private static final int MOST_PER_PAGE = 1_000;

    // A month row counts whole when its last entry is on or before the day; otherwise its entries up to the day do
    // (the same person, currency and month). Entries without hours have no month row and add nothing to either sum.
    private static final String COSTS = """
            with months as (
                select project_id, person_id, month, cost_currency, hours, cost, last_day from project_month_time
                where project_id in (:ids) and month <= :day)
            select project_id, sum(hours) as hours, sum(cost) as cost_amount from (
                select project_id, hours, cost from months where last_day <= :day
                union all
                select e.project_id, e.hours, e.cost_amount from months m
                join project_time_entry e on e.project_id = m.project_id and e.entry_date >= m.month
                    and e.entry_date <= :day and e.person_id = m.person_id
                    and e.cost_currency is not distinct from m.cost_currency
                where m.last_day > :day and e.status <> 'REJECTED' and e.hours is not null) booked
            group by project_id""";

    // In the order they were submitted, so of two reports for one day the later one wins.
    private static final String EVERY_REPORT = """
            select project_id, as_of, percent_complete, overall from project_status_report
            where project_id in (:ids) order by as_of, created_at, id""";
    // The KPIs of one day look only at the latest report on or before it (StatusReportFact.latest), and a project's
    // reports pile up by the hundred: reading just that one (V70's index) keeps a day's KPIs as cheap on a project's
    // hundredth report as on its first.
    private static final String LATEST_REPORT = """
            select p.id as project_id, r.as_of, r.percent_complete, r.overall
            from project p cross join lateral (
                select as_of, percent_complete, overall from project_status_report
                where project_id = p.id and as_of <= :day
                order by as_of desc, created_at desc, id desc limit 1) r
            where p.id in (:ids)""";

    private final Session session;
    private final int pageSize;

    ProjectFactsBatch(Session session, @ConfigProperty(name = "deliveryhub.metrics.kpis.page-size") int pageSize) {
        this.session = session;
        this.pageSize = Math.min(pageSize, MOST_PER_PAGE);
    }

    /** How many projects' facts are held at once. */
    int pageSize() {
        return pageSize;
    }

    /** What {@code computed} makes of each project's facts as of the day, in the projects' order. */
    <T> List<T> asOf(LocalDate day, List<Project> projects, Function<ProjectFacts, T> computed) {
        List<T> results = new ArrayList<>(projects.size());
        for (int start = 0; start < projects.size(); start += pageSize) {
            page(day, projects.subList(start, Math.min(projects.size(), start + pageSize))).stream().map(computed)
                    .forEach(results::add);
        }
        return results;
    }

    /** One project's facts, with its time as booked per day (what a trend over many days needs). */
    ProjectFacts of(Project project, List<CostFact> costs) {
        return facts(List.of(project), Map.of(project.id, costs), session.createNativeQuery(EVERY_REPORT, Tuple.class))
                .get(0);
    }

    private List<ProjectFacts> page(LocalDate day, List<Project> projects) {
        return facts(projects, costs(day, projects.stream().map(project -> project.id).toList()),
                session.createNativeQuery(LATEST_REPORT, Tuple.class).setParameter("day", day, LocalDate.class));
    }

    /** @param reportsQuery the status reports to read: every one, or only those a day's KPIs look at */
    private List<ProjectFacts> facts(List<Project> projects, Map<UUID, List<CostFact>> costs,
            NativeQuery<Tuple> reportsQuery) {
        List<UUID> ids = projects.stream().map(project -> project.id).toList();
        Map<UUID, List<ProjectFacts.Baseline>> baselines = byProject(ids, """
                select project_id, baseline_number, effective_at, planned_start, planned_end, budget_amount,
                       budget_currency, budget_hours
                from project_baseline where project_id in (:ids) order by baseline_number""",
                row -> new ProjectFacts.Baseline(row.count("baseline_number"), utcDay(row, "effective_at"),
                        row.date("planned_start"), row.date("planned_end"), row.decimal("budget_amount"),
                        row.trimmed("budget_currency"), row.decimal("budget_hours")));
        Map<UUID, List<MilestoneFact>> milestones = byProject(ids, """
                select project_id, due_date, weight, status, completed_on, added_on, waived_on from project_milestone
                where project_id in (:ids)""",
                row -> new MilestoneFact(row.date("due_date"), row.decimal("weight"), row.text("status"),
                        row.date("completed_on"), row.date("added_on"), row.date("waived_on")));
        Map<UUID, List<StatusReportFact>> reports = byProject(ids, reportsQuery,
                row -> new StatusReportFact(row.date("as_of"), row.decimal("percent_complete"), row.text("overall")));
        Map<UUID, List<ProjectFacts.Risk>> risks = byProject(ids, """
                select project_id, created_at, status, score from project_raid_item
                where project_id in (:ids) and type = 'RISK'""",
                row -> new ProjectFacts.Risk(utcDay(row, "created_at"), row.text("status"), row.integer("score")));
        Map<UUID, List<ClientFeedback.Response>> feedback = byProject(ids, """
                select project_id, received_at, csat, nps from project_feedback where project_id in (:ids)""",
                row -> new ClientFeedback.Response(utcDay(row, "received_at"), row.integer("csat"),
                        row.integer("nps")));
        Map<UUID, List<ProjectFacts.OwnPlan>> ownPlans = byProject(ids, """
                select project_id, version, effective_on, planned_start, planned_end, budget_amount
                from project_plan_history where project_id in (:ids)""",
                row -> new ProjectFacts.OwnPlan(row.count("version"), row.date("effective_on"),
                        row.date("planned_start"), row.date("planned_end"), row.decimal("budget_amount")));
        return projects.stream().map(project -> new ProjectFacts(project,
                baselines.getOrDefault(project.id, List.of()), milestones.getOrDefault(project.id, List.of()),
                reports.getOrDefault(project.id, List.of()), risks.getOrDefault(project.id, List.of()),
                feedback.getOrDefault(project.id, List.of()), costs.getOrDefault(project.id, List.of()),
                ownPlans.getOrDefault(project.id, List.of())))
                .toList();
    }

    /** Hours and cost booked up to the day and not REJECTED, as one fact per project dated on the day. */
    private Map<UUID, List<CostFact>> costs(LocalDate day, Collection<UUID> ids) {
        Map<UUID, List<CostFact>> costs = new HashMap<>();
        session.createNativeQuery(COSTS, Tuple.class)
                .setParameterList("ids", ids).setParameter("day", day, LocalDate.class)
                .getResultList().stream().map(Columns::of)
                .forEach(row -> costs.put(row.uuid("project_id"),
                        List.of(new CostFact(day, row.decimal("hours"), row.decimal("cost_amount")))));
        return costs;
    }

    private <T> Map<UUID, List<T>> byProject(List<UUID> ids, String sql, Function<Columns, T> fact) {
        return byProject(ids, session.createNativeQuery(sql, Tuple.class), fact);
    }

    private static <T> Map<UUID, List<T>> byProject(List<UUID> ids, NativeQuery<Tuple> query,
            Function<Columns, T> fact) {
        Map<UUID, List<T>> facts = new HashMap<>();
        query.setParameterList("ids", ids).getResultList().stream()
                .map(Columns::of)
                .forEach(row -> facts.computeIfAbsent(row.uuid("project_id"), id -> new ArrayList<>())
                        .add(fact.apply(row)));
        return facts;
    }

    private static LocalDate utcDay(Columns row, String column) {
        return ProjectFacts.utcDay(row.instant(column));
    }
}
