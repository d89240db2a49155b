package io.deliveryhub.metrics.timeentry;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Keeps every time entry resources-service announces, whole (hours, billable, status, cost), so that AC, hours
 * logged and utilization as of any day are sums over stored entries: a late entry or a re-costing changes exactly
 * the days it is dated on. Each entry is upserted with a version guard, so redelivered and reordered events, and
 * an import chunk replayed after a newer single change, change nothing.
 */
@ApplicationScoped
public class TimeEntryProjector implements ReadModel {

    /** Events whose state is one whole time entry. */
    public static final List<String> ENTRY_EVENTS = List.of("deliveryhub.time-entry.recorded.v1",
            "deliveryhub.time-entry.updated.v1", "deliveryhub.time-entry.decided.v1");
    /** A chunk of one project's imported entries, each with its own id and version. */
    public static final String IMPORTED = "deliveryhub.time-entries.imported.v1";

    private static final String UPSERT = """
            insert into project_time_entry (id, project_id, person_id, entry_date, hours, billable, status,
                                            cost_amount, cost_currency, version)
            values (:id, :projectId, :personId, :entryDate, :hours, :billable, :status, :costAmount, :costCurrency,
                    :version)
            on conflict (id) do update set
                project_id = excluded.project_id, person_id = excluded.person_id, entry_date = excluded.entry_date,
                hours = excluded.hours, billable = excluded.billable, status = excluded.status,
                cost_amount = excluded.cost_amount, cost_currency = excluded.cost_currency, version = excluded.version
            where project_time_entry.version < excluded.version""";

    private final Session session;

    public TimeEntryProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        // person_day_hours follows the entries by a row trigger (V7), which an emptying by TRUNCATE does not fire
        return List.of("project_time_entry", "person_day_hours");
    }

    /** A recorded, updated or decided entry: the event's version is the entry's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entry(IncomingEvent event) {
        upsert(new FactState("time entry", event.state()), event.version());
    }

    /** An import chunk: each entry is applied on its own, by its own version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void imported(IncomingEvent event) {
        JsonNode entries = event.state().path("entries");
        if (!entries.isArray()) {
            throw new MalformedEvent("time entries import state lacks entries");
        }
        for (JsonNode node : entries) {
            FactState entry = new FactState("imported time entry", node);
            Integer version = entry.integer("version");
            if (version == null) {
                throw new MalformedEvent("imported time entry state lacks version");
            }
            upsert(entry, version.longValue());
        }
    }

    // Typed bindings throughout: an untyped null (an uncosted entry) would leave PostgreSQL guessing the type.
    private void upsert(FactState entry, long version) {
        LocalDate date = entry.date("date");
        if (date == null) {
            throw new MalformedEvent(entry.aggregate() + " state lacks date");
        }
        session.createNativeMutationQuery(UPSERT)
                .setParameter("id", entry.requiredUuid("id"), UUID.class)
                .setParameter("projectId", entry.requiredUuid("projectId"), UUID.class)
                .setParameter("personId", entry.requiredUuid("personId"), UUID.class)
                .setParameter("entryDate", date, LocalDate.class)
                .setParameter("hours", entry.number("hours"), BigDecimal.class)
                .setParameter("billable", entry.requiredFlag("billable"), Boolean.class)
                .setParameter("status", entry.requiredText("status"), String.class)
                .setParameter("costAmount", entry.moneyAmount("cost"), BigDecimal.class)
                .setParameter("costCurrency", entry.moneyCurrency("cost"), String.class)
                .setParameter("version", version, Long.class)
                .executeUpdate();
    }
}
