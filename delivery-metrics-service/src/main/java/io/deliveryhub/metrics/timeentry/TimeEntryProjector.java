package io.deliveryhub.metrics.timeentry;

import io.deliveryhub.metrics.project.FactState;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import io.deliveryhub.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The entries as one array per column, in one statement: the triggers that keep person_day_hours and
     * project_month_time then add up the whole chunk at once. Locked in the order of their ids, so that two
     * transactions writing the same entries wait for each other instead of deadlocking.
     */
    private static final String UPSERT = """
            insert into project_time_entry as t (id, project_id, person_id, entry_date, hours, billable, status,
                                                 cost_amount, cost_currency, version)
            select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::boolean[], ?::text[],
                                 ?::numeric[], ?::text[], ?::bigint[])
            order by 1
            on conflict (id) do update set
                project_id = excluded.project_id, person_id = excluded.person_id, entry_date = excluded.entry_date,
                hours = excluded.hours, billable = excluded.billable, status = excluded.status,
                cost_amount = excluded.cost_amount, cost_currency = excluded.cost_currency, version = excluded.version
            where t.version < excluded.version""";

    private final Session session;

    public TimeEntryProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        // person_day_hours (V7) and project_month_time (V43) follow the entries by triggers, which an emptying by
        // TRUNCATE does not fire
        return List.of("project_time_entry", "person_day_hours", "project_month_time");
    }

    /** A recorded, updated or decided entry: the event's version is the entry's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entry(IncomingEvent event) {
        upsert(List.of(Entry.of(new FactState("time entry", event.state()), event.version())));
    }

    /**
     * An import chunk: each entry is applied on its own, by its own version. The chunk is read whole before anything
     * is written, and written in one statement, because a statement per entry cannot keep up with an import
     * streaming in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void imported(IncomingEvent event) {
        ImportedChunk state = event.state(ImportedChunk.class);
        if (state.entries() == null) {
            throw new MalformedEvent("time entries import state lacks entries");
        }
        List<Entry> chunk = new ArrayList<>(state.entries().size());
        for (ImportedChunk.ImportedEntry entry : state.entries()) {
            chunk.add(Entry.of(entry));
        }
        upsert(chunk);
    }

    private record Entry(UUID id, UUID projectId, UUID personId, LocalDate date, BigDecimal hours, boolean billable,
            String status, BigDecimal costAmount, String costCurrency, long version) {

        static Entry of(FactState entry, long version) {
            LocalDate date = entry.date("date");
            if (date == null) {
                throw new MalformedEvent(entry.aggregate() + " state lacks date");
            }
            return new Entry(entry.requiredUuid("id"), entry.requiredUuid("projectId"), entry.requiredUuid("personId"),
                    date, entry.number("hours"), entry.requiredFlag("billable"), entry.requiredText("status"),
                    entry.moneyAmount("cost"), entry.moneyCurrency("cost"), version);
        }

        /** The checks {@link FactState} makes of a single entry's state, in the same words when one fails. */
        static Entry of(ImportedChunk.ImportedEntry entry) {
            if (entry == null) {
                throw new MalformedEvent("imported time entry state lacks id");
            }
            if (entry.version() == null) {
                throw new MalformedEvent("imported time entry state lacks version");
            }
            Money cost = entry.cost();
            return new Entry(required(entry.id(), "id"), required(entry.projectId(), "projectId"),
                    required(entry.personId(), "personId"), required(entry.date(), "date"), entry.hours(),
                    required(entry.billable(), "billable"), required(entry.status(), "status"),
                    cost == null ? null : cost.amount(), cost == null ? null : cost.currency(), entry.version());
        }

        private static <T> T required(T value, String field) {
            if (value == null || value instanceof String text && text.isBlank()) {
                throw new MalformedEvent("imported time entry state lacks " + field);
            }
            return value;
        }
    }

    /**
     * One statement cannot change a row twice, so an entry named twice is written once, at its highest version (the
     * first of equal ones, as applying them one after the other would keep it).
     */
    private void upsert(List<Entry> entries) {
        Map<UUID, Entry> latest = new LinkedHashMap<>();
        for (Entry entry : entries) {
            latest.merge(entry.id(), entry, (kept, next) -> next.version() > kept.version() ? next : kept);
        }
        int n = latest.size();
        Object[] id = new Object[n], project = new Object[n], person = new Object[n];
        String[] date = new String[n], status = new String[n], costCurrency = new String[n];
        BigDecimal[] hours = new BigDecimal[n], costAmount = new BigDecimal[n];
        Boolean[] billable = new Boolean[n];
        Long[] version = new Long[n];
        int i = 0;
        for (Entry entry : latest.values()) {
            id[i] = entry.id();
            project[i] = entry.projectId();
            person[i] = entry.personId();
            date[i] = entry.date().toString();
            hours[i] = entry.hours();
            billable[i] = entry.billable();
            status[i] = entry.status();
            costAmount[i] = entry.costAmount();
            costCurrency[i] = entry.costCurrency();
            version[i] = entry.version();
            i++;
        }
        session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setArray(1, connection.createArrayOf("uuid", id));
                upsert.setArray(2, connection.createArrayOf("uuid", project));
                upsert.setArray(3, connection.createArrayOf("uuid", person));
                upsert.setArray(4, connection.createArrayOf("date", date));
                upsert.setArray(5, connection.createArrayOf("numeric", hours));
                upsert.setArray(6, connection.createArrayOf("boolean", billable));
                upsert.setArray(7, connection.createArrayOf("text", status));
                upsert.setArray(8, connection.createArrayOf("numeric", costAmount));
                upsert.setArray(9, connection.createArrayOf("text", costCurrency));
                upsert.setArray(10, connection.createArrayOf("int8", version));
                upsert.executeUpdate();
            }
        });
    }
}
