package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.project.FactState;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps allocations of people (and of placeholder roles, without a person) to projects. A released allocation is
 * kept with status RELEASED: it no longer books anyone, and a late created or updated event cannot revive it.
 */
@ApplicationScoped
public class AllocationProjector implements ReadModel {

    static final List<String> EVENTS = List.of("deliveryhub.allocation.created.v1",
            "deliveryhub.allocation.updated.v1", "deliveryhub.allocation.released.v1");

    private static final String UPSERT = """
            insert into person_allocation (id, person_id, placeholder_role, project_id, from_date, to_date,
                                           hours_per_week, booking, billable, status, version)
            values (:id, :personId, :placeholderRole, :projectId, :fromDate, :toDate, :hoursPerWeek, :booking,
                    :billable, :status, :version)
            on conflict (id) do update set
                person_id = excluded.person_id, placeholder_role = excluded.placeholder_role,
                project_id = excluded.project_id, from_date = excluded.from_date, to_date = excluded.to_date,
                hours_per_week = excluded.hours_per_week, booking = excluded.booking, billable = excluded.billable,
                status = excluded.status, version = excluded.version
            where person_allocation.version < excluded.version""";

    private final Session session;

    public AllocationProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("person_allocation");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        FactState allocation = new FactState("allocation", event.state());
        LocalDate from = allocation.date("from");
        LocalDate to = allocation.date("to");
        BigDecimal hoursPerWeek = allocation.number("hoursPerWeek");
        if (from == null || to == null || hoursPerWeek == null) {
            throw new MalformedEvent("allocation state lacks from, to or hoursPerWeek");
        }
        session.createNativeMutationQuery(UPSERT)
                .setParameter("id", allocation.requiredUuid("id"), UUID.class)
                .setParameter("personId", allocation.uuid("personId"), UUID.class)
                .setParameter("placeholderRole", allocation.text("placeholderRole"), String.class)
                .setParameter("projectId", allocation.requiredUuid("projectId"), UUID.class)
                .setParameter("fromDate", from, LocalDate.class)
                .setParameter("toDate", to, LocalDate.class)
                .setParameter("hoursPerWeek", hoursPerWeek, BigDecimal.class)
                .setParameter("booking", allocation.requiredText("booking"), String.class)
                .setParameter("billable", allocation.requiredFlag("billable"), Boolean.class)
                .setParameter("status", allocation.requiredText("status"), String.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }
}
