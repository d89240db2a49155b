package io.deliveryhub.metrics.project;

import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * Keeps the facts the project KPIs are computed from: baselines, milestones, status reports, RAID items and
 * client feedback. Each statement inserts an unknown row or overwrites one whose version is older than the
 * event's, so redelivered and reordered events change nothing; the facts are kept whole, and as-of answers
 * are computed from them rather than from counters.
 */
@ApplicationScoped
public class ProjectFactsProjector implements ReadModel {

    private static final String BASELINE = """
            insert into project_baseline (id, project_id, baseline_number, planned_start, planned_end, budget_amount,
                                          budget_currency, budget_hours, effective_at, version)
            values (:id, :projectId, :baselineNumber, :plannedStart, :plannedEnd, :budgetAmount, :budgetCurrency,
                    :budgetHours, :effectiveAt, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, baseline_number = excluded.baseline_number,
                planned_start = excluded.planned_start, planned_end = excluded.planned_end,
                budget_amount = excluded.budget_amount, budget_currency = excluded.budget_currency,
                budget_hours = excluded.budget_hours, effective_at = excluded.effective_at, version = excluded.version
            where project_baseline.version < excluded.version""";

    private static final String MILESTONE = """
            insert into project_milestone (id, project_id, weight, status, due_date, completed_on, added_on, waived_on,
                                           version)
            values (:id, :projectId, :weight, :status, :dueDate, :completedOn, :addedOn, :waivedOn, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, weight = excluded.weight, status = excluded.status,
                due_date = excluded.due_date, completed_on = excluded.completed_on, added_on = excluded.added_on,
                waived_on = excluded.waived_on, version = excluded.version
            where project_milestone.version < excluded.version""";

    private static final String STATUS_REPORT = """
            insert into project_status_report (id, project_id, as_of, overall, percent_complete, created_at, version)
            values (:id, :projectId, :asOf, :overall, :percentComplete, :createdAt, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, as_of = excluded.as_of, overall = excluded.overall,
                percent_complete = excluded.percent_complete, created_at = excluded.created_at,
                version = excluded.version
            where project_status_report.version < excluded.version""";

    private static final String RAID_ITEM = """
            insert into project_raid_item (id, project_id, type, status, score, created_at, version)
            values (:id, :projectId, :type, :status, :score, :createdAt, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, type = excluded.type, status = excluded.status,
                score = excluded.score, created_at = excluded.created_at, version = excluded.version
            where project_raid_item.version < excluded.version""";

    private static final String FEEDBACK = """
            insert into project_feedback (id, project_id, csat, nps, received_at, version)
            values (:id, :projectId, :csat, :nps, :receivedAt, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, csat = excluded.csat, nps = excluded.nps,
                received_at = excluded.received_at, version = excluded.version
            where project_feedback.version < excluded.version""";

    private final Session session;

    public ProjectFactsProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("project_baseline", "project_milestone", "project_status_report", "project_raid_item",
                "project_feedback");
    }

    /** A baseline takes effect when it was made (its createdAt, else the event's time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void baselineChanged(IncomingEvent event) {
        FactState baseline = new FactState("baseline", event.state());
        upsert(BASELINE, baseline, event)
                .setParameter("baselineNumber", baseline.integer("version") == null ? event.version()
                        : baseline.integer("version").longValue(), Long.class)
                .setParameter("plannedStart", baseline.date("plannedStart"), LocalDate.class)
                .setParameter("plannedEnd", baseline.date("plannedEnd"), LocalDate.class)
                .setParameter("budgetAmount", baseline.moneyAmount("budget"), BigDecimal.class)
                .setParameter("budgetCurrency", baseline.moneyCurrency("budget"), String.class)
                .setParameter("budgetHours", baseline.number("budgetHours"), BigDecimal.class)
                .setParameter("effectiveAt", orEventTime(baseline.instant("createdAt"), event), Instant.class)
                .executeUpdate();
    }

    /**
     * A milestone is added the day it was created; a WAIVED one was waived the day of its last change, since a waived
     * milestone never changes again (both UTC, else the event's day).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void milestone(IncomingEvent event) {
        FactState milestone = new FactState("milestone", event.state());
        String status = milestone.requiredText("status");
        upsert(MILESTONE, milestone, event)
                .setParameter("weight", milestone.number("weight"), BigDecimal.class)
                .setParameter("status", status, String.class)
                .setParameter("dueDate", milestone.date("dueDate"), LocalDate.class)
                .setParameter("completedOn", milestone.date("completedOn"), LocalDate.class)
                .setParameter("addedOn", utcDay(orEventTime(milestone.instant("createdAt"), event)), LocalDate.class)
                .setParameter("waivedOn", MilestoneFact.WAIVED.equals(status)
                        ? utcDay(orEventTime(milestone.instant("updatedAt"), event)) : null, LocalDate.class)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusReport(IncomingEvent event) {
        FactState report = new FactState("status report", event.state());
        LocalDate asOf = report.date("asOf");
        if (asOf == null) {
            throw new IncomingEvent.MalformedEvent("status report state lacks asOf");
        }
        upsert(STATUS_REPORT, report, event)
                .setParameter("asOf", asOf, LocalDate.class)
                .setParameter("overall", report.text("overall"), String.class)
                .setParameter("percentComplete", report.number("percentComplete"), BigDecimal.class)
                .setParameter("createdAt", orEventTime(report.instant("createdAt"), event), Instant.class)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void raidItem(IncomingEvent event) {
        FactState item = new FactState("RAID item", event.state());
        upsert(RAID_ITEM, item, event)
                .setParameter("type", item.requiredText("type"), String.class)
                .setParameter("status", item.requiredText("status"), String.class)
                .setParameter("score", item.integer("score"), Integer.class)
                .setParameter("createdAt", orEventTime(item.instant("createdAt"), event), Instant.class)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedback(IncomingEvent event) {
        FactState feedback = new FactState("feedback", event.state());
        upsert(FEEDBACK, feedback, event)
                .setParameter("csat", feedback.integer("csat"), Integer.class)
                .setParameter("nps", feedback.integer("nps"), Integer.class)
                .setParameter("receivedAt", orEventTime(feedback.instant("createdAt"), event), Instant.class)
                .executeUpdate();
    }

    // Typed bindings throughout: an untyped null would leave PostgreSQL guessing the column type.
    private MutationQuery upsert(String sql, FactState fact, IncomingEvent event) {
        return session.createNativeMutationQuery(sql)
                .setParameter("id", fact.requiredUuid("id"), UUID.class)
                .setParameter("projectId", fact.requiredUuid("projectId"), UUID.class)
                .setParameter("version", event.version(), Long.class);
    }

    private static Instant orEventTime(Instant instant, IncomingEvent event) {
        return instant != null ? instant : event.time();
    }

    private static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
