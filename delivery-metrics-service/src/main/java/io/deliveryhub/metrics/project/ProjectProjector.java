package io.deliveryhub.metrics.project;

import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.ProjectStateEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Keeps the project read model in step with {@code deliveryhub.project.*} events. */
@ApplicationScoped
public class ProjectProjector implements ReadModel {

    /*
     * One statement inserts an unknown project or updates one whose stored version is older than the event's,
     * so a late or repeated event changes nothing, and two consumers meeting on one project (during a
     * rebalance) cannot both insert it.
     */
    private static final String UPSERT = """
            insert into project (id, key, name, client_id, status, planned_start, planned_end, budget_amount,
                                 budget_currency, budget_hours, practice, project_manager_id, delivery_manager_id,
                                 delivery_lead_id, version, updated_at)
            values (:id, :key, :name, :clientId, :status, :plannedStart, :plannedEnd, :budgetAmount,
                    :budgetCurrency, :budgetHours, :practice, :projectManagerId, :deliveryManagerId,
                    :deliveryLeadId, :version, :updatedAt)
            on conflict (id) do update set
                key = excluded.key, name = excluded.name, client_id = excluded.client_id, status = excluded.status,
                planned_start = excluded.planned_start, planned_end = excluded.planned_end,
                budget_amount = excluded.budget_amount, budget_currency = excluded.budget_currency,
                budget_hours = excluded.budget_hours, practice = excluded.practice,
                project_manager_id = excluded.project_manager_id, delivery_manager_id = excluded.delivery_manager_id,
                delivery_lead_id = excluded.delivery_lead_id,
                version = excluded.version, updated_at = excluded.updated_at
            where project.version < excluded.version""";

    // Idempotent by version: a redelivered or late event adds nothing twice.
    private static final String RECORD_STATUS = """
            insert into project_status_history (project_id, version, status, effective_on)
            values (:id, :version, :status, :effectiveOn)
            on conflict do nothing""";

    // Idempotent by version, as the status history.
    private static final String RECORD_PLAN = """
            insert into project_plan_history (project_id, version, effective_on, planned_start, planned_end,
                                              budget_amount)
            values (:id, :version, :effectiveOn, :plannedStart, :plannedEnd, :budgetAmount)
            on conflict do nothing""";

    private final Session session;

    public ProjectProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("project_status_history", "project_plan_history", "project");
    }

    /** Applies an event whose state is a project ({@link ProjectStateEvents}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        ProjectState project = ProjectState.of(event.state());
        // Typed bindings: an untyped null (no budget, no dates) would leave PostgreSQL guessing the column type.
        session.createNativeMutationQuery(UPSERT)
                .setParameter("id", project.id(), UUID.class)
                .setParameter("key", project.key(), String.class)
                .setParameter("name", project.name(), String.class)
                .setParameter("clientId", project.clientId(), UUID.class)
                .setParameter("status", project.status(), String.class)
                .setParameter("plannedStart", project.plannedStart(), LocalDate.class)
                .setParameter("plannedEnd", project.plannedEnd(), LocalDate.class)
                .setParameter("budgetAmount", project.budget() == null ? null : project.budget().amount(),
                        BigDecimal.class)
                .setParameter("budgetCurrency", project.budget() == null ? null : project.budget().currency(),
                        String.class)
                .setParameter("budgetHours", project.budgetHours(), BigDecimal.class)
                .setParameter("practice", project.practice(), String.class)
                .setParameter("projectManagerId", project.projectManagerId(), UUID.class)
                .setParameter("deliveryManagerId", project.deliveryManagerId(), UUID.class)
                .setParameter("deliveryLeadId", project.deliveryLeadId(), UUID.class)
                .setParameter("version", event.version(), Long.class)
                .setParameter("updatedAt", project.updatedAt() != null ? project.updatedAt() : event.time(),
                        Instant.class)
                .executeUpdate();
        session.createNativeMutationQuery(RECORD_STATUS)
                .setParameter("id", project.id(), UUID.class)
                .setParameter("version", event.version(), Long.class)
                .setParameter("status", project.status(), String.class)
                .setParameter("effectiveOn", LocalDate.ofInstant(event.time(), ZoneOffset.UTC), LocalDate.class)
                .executeUpdate();
        session.createNativeMutationQuery(RECORD_PLAN)
                .setParameter("id", project.id(), UUID.class)
                .setParameter("version", event.version(), Long.class)
                .setParameter("effectiveOn", LocalDate.ofInstant(event.time(), ZoneOffset.UTC), LocalDate.class)
                .setParameter("plannedStart", project.plannedStart(), LocalDate.class)
                .setParameter("plannedEnd", project.plannedEnd(), LocalDate.class)
                .setParameter("budgetAmount", project.budget() == null ? null : project.budget().amount(),
                        BigDecimal.class)
                .executeUpdate();
    }
}
