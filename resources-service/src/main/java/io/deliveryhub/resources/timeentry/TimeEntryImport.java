package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.person.ActivePeriod;
import io.deliveryhub.resources.rate.RateHistory;
import io.deliveryhub.resources.rate.Rates;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Bulk import from timesheet systems (DESIGN.md §3, §6): idempotent by external reference, one result per
 * item, one bad item never rejects the others. Built for throughput: every lookup is one query for the
 * whole batch, rows are written with array-bound statements, and one event goes out per project and chunk.
 */
@ApplicationScoped
public class TimeEntryImport {

    public static final int MAX_ENTRIES = 5000;
    static final String IMPORTED = "deliveryhub.time-entries.imported.v1";
    static final int EVENT_CHUNK = 500;

    private final Outbox outbox;
    private final Rates rates;
    private final BaseCurrency currency;
    private final Clock clock;

    public TimeEntryImport(Outbox outbox, Rates rates, BaseCurrency currency, Clock clock) {
        this.outbox = outbox;
        this.rates = rates;
        this.currency = currency;
        this.clock = clock;
    }

    /** What happens to one valid item: the row to write (null when unchanged) and whether it is new. */
    private record Write(TimeEntryRow row, boolean created) {
    }

    @Transactional
    public ImportReport importBatch(ImportBatch batch, String actor) {
        ImportReport.Result[] results = new ImportReport.Result[batch.size()];
        List<ImportItem> items = distinct(batch, results);
        if (!items.isEmpty()) {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            session.doWork(connection -> apply(connection, items, results, actor));
        }
        return report(results);
    }

    /** The batch's readable items, each external reference once; the rest get their rejection here. */
    private static List<ImportItem> distinct(ImportBatch batch, ImportReport.Result[] results) {
        batch.invalid().forEach((index, reason) -> results[index] = rejected(index, reason));
        List<ImportItem> items = new ArrayList<>(batch.items().size());
        Map<String, Integer> firstByRef = new HashMap<>();
        for (ImportItem item : batch.items()) {
            Integer first = firstByRef.putIfAbsent(item.system() + '\u0000' + item.externalId(), item.index());
            if (first != null) {
                results[item.index()] = rejected(item.index(), "externalRef " + item.system() + "/" + item.externalId()
                        + " already appears at index " + first + " of this batch");
            } else {
                items.add(item);
            }
        }
        return items;
    }

    private void apply(Connection connection, List<ImportItem> items, ImportReport.Result[] results, String actor)
            throws SQLException {
        Set<UUID> personIds = new HashSet<>();
        Set<UUID> projectIds = new HashSet<>();
        for (ImportItem item : items) {
            personIds.add(item.personId());
            projectIds.add(item.projectId());
        }
        // Locking the people serializes this import with single entries of the same people (the 24 h rule). No key
        // update, like JPA's PESSIMISTIC_WRITE that those take: it still excludes them, but not the foreign-key
        // checks of other people's writes that merely reference these rows.
        Map<UUID, ActivePeriod> people = lockPeople(connection, personIds);
        Map<UUID, String> projects = projects(connection, projectIds);
        Map<String, TimeEntryRow> existing = existing(connection, items);
        DailyHours daily = dailyHours(connection, items, existing.values());
        Map<UUID, RateHistory> histories = rates.historiesOf(people.keySet());
        Instant now = clock.instant();

        List<Write> writes = new ArrayList<>();
        for (ImportItem item : items) {
            String refusal = refusal(item, people, projects);
            if (refusal != null) {
                results[item.index()] = rejected(item.index(), refusal);
                continue;
            }
            TimeEntryRow old = existing.get(item.system() + '\u0000' + item.externalId());
            if (old != null && item.sameAs(old)) {
                results[item.index()] = new ImportReport.Result(item.index(), "unchanged", null, old.id());
                continue;
            }
            if (old != null && old.status() != TimeEntryStatus.REJECTED) {
                daily.remove(old.personId(), old.date(), old.hours());
            }
            if (!daily.fits(item.personId(), item.date(), item.hours())) {
                if (old != null && old.status() != TimeEntryStatus.REJECTED) {
                    daily.add(old.personId(), old.date(), old.hours());
                }
                results[item.index()] = rejected(item.index(), "the person would have "
                        + daily.on(item.personId(), item.date()).add(item.hours()).stripTrailingZeros().toPlainString()
                        + " h on " + item.date() + "; a day holds at most 24 h");
                continue;
            }
            daily.add(item.personId(), item.date(), item.hours());
            BigDecimal cost = histories.get(item.personId()).costOf(item.hours(), item.date()).orElse(null);
            // A changed entry is submitted again: what was approved is no longer what it says.
            TimeEntryRow row = new TimeEntryRow(old == null ? newEntryId() : old.id(), item.personId(),
                    item.projectId(), item.date(), item.hours(), item.billable(), item.description(), item.system(),
                    item.externalId(), TimeEntryStatus.SUBMITTED, cost, old == null ? 1 : old.version() + 1,
                    old == null ? now : old.createdAt());
            writes.add(new Write(row, old == null));
            results[item.index()] = new ImportReport.Result(item.index(), old == null ? "created" : "updated", null,
                    row.id());
        }
        insert(connection, writes.stream().filter(Write::created).map(Write::row).toList(), now);
        update(connection, writes.stream().filter(w -> !w.created()).map(Write::row).toList(), now);
        publish(writes, actor, now);
    }

    /**
     * Time-ordered (version 7) ids: each new row's key lands at the right edge of the primary key, where PostgreSQL
     * inserts without descending the tree and keeps touching the same few pages; random ids cost a descent and a
     * different leaf page per row, which at a million entries no longer stay in shared buffers.
     */
    private static UUID newEntryId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    private static String refusal(ImportItem item, Map<UUID, ActivePeriod> people, Map<UUID, String> projects) {
        ActivePeriod active = people.get(item.personId());
        if (active == null) {
            return "personId " + item.personId() + " is not a known person";
        }
        if (!active.covers(item.date())) {
            return "person " + item.personId() + " is " + active.describe() + "; an entry on " + item.date()
                    + " lies outside that period";
        }
        String status = projects.get(item.projectId());
        if (status == null) {
            return "projectId " + item.projectId() + " is not a known project";
        }
        if (!status.isEmpty()) {
            return "project " + item.projectId() + " is " + status + "; time can no longer be logged on it";
        }
        return null;
    }

    /** The people the batch names, locked, with the dates they are active. */
    private static Map<UUID, ActivePeriod> lockPeople(Connection connection, Set<UUID> ids) throws SQLException {
        Map<UUID, ActivePeriod> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, active_from, active_to from person where id = any(?) order by id for no key update")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), new ActivePeriod(rows.getObject(2, LocalDate.class),
                            rows.getObject(3, LocalDate.class)));
                }
            }
        }
        return found;
    }

    /** Known projects by id: the status of one that takes no more records, else empty (as KnownProject.ended()). */
    private static Map<UUID, String> projects(Connection connection, Set<UUID> ids) throws SQLException {
        Map<UUID, String> statuses = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, case when accepts_records = false"
                + " then status else '' end from known_project where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return statuses;
    }

    /**
     * The stored entries the batch refers to, locked. One query per source system (a batch usually has one),
     * each an index scan on (external_system, external_id = any(...)).
     */
    private static Map<String, TimeEntryRow> existing(Connection connection, List<ImportItem> items) throws SQLException {
        Map<String, List<String>> idsBySystem = new HashMap<>();
        for (ImportItem item : items) {
            idsBySystem.computeIfAbsent(item.system(), system -> new ArrayList<>()).add(item.externalId());
        }
        Map<String, TimeEntryRow> byRef = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, person_id, project_id, entry_date, hours, billable, description,
                       external_system, external_id, status, cost_amount, version, created_at
                from time_entry where external_system = ? and external_id = any(?)
                for update""")) {
            for (Map.Entry<String, List<String>> system : idsBySystem.entrySet()) {
                select.setString(1, system.getKey());
                select.setArray(2, connection.createArrayOf("text", system.getValue().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        TimeEntryRow row = new TimeEntryRow(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getObject(4, LocalDate.class), rows.getBigDecimal(5),
                                rows.getBoolean(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                TimeEntryStatus.valueOf(rows.getString(10)), rows.getBigDecimal(11), rows.getLong(12),
                                rows.getTimestamp(13).toInstant());
                        byRef.put(row.system() + '\u0000' + row.externalId(), row);
                    }
                }
            }
        }
        return byRef;
    }

    /**
     * Hours already logged on the person-days the batch touches (new dates, and previous dates of updated
     * entries): one index scan over the people and the batch's date span.
     */
    private static DailyHours dailyHours(Connection connection, List<ImportItem> items, Iterable<TimeEntryRow> existing)
            throws SQLException {
        Set<UUID> people = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (ImportItem item : items) {
            people.add(item.personId());
            first = item.date().isBefore(first) ? item.date() : first;
            last = item.date().isAfter(last) ? item.date() : last;
        }
        for (TimeEntryRow row : existing) {
            people.add(row.personId());
            first = row.date().isBefore(first) ? row.date() : first;
            last = row.date().isAfter(last) ? row.date() : last;
        }
        DailyHours daily = new DailyHours();
        try (PreparedStatement select = connection.prepareStatement("""
                select person_id, entry_date, sum(hours) from time_entry
                where person_id = any(?) and entry_date between ? and ? and status <> 'REJECTED'
                group by person_id, entry_date""")) {
            select.setArray(1, connection.createArrayOf("uuid", people.toArray()));
            select.setObject(2, first);
            select.setObject(3, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    daily.add(rows.getObject(1, UUID.class), rows.getObject(2, LocalDate.class), rows.getBigDecimal(3));
                }
            }
        }
        return daily;
    }

    private void insert(Connection connection, List<TimeEntryRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            NewEntriesCopy.insert(connection, rows, currency.code(), now);
        } catch (SQLException e) {
            throw duplicateOrRethrow(e);
        }
    }

    private void update(Connection connection, List<TimeEntryRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Columns columns = new Columns(connection, rows);
        try (PreparedStatement update = connection.prepareStatement("""
                update time_entry t set person_id = u.person_id, project_id = u.project_id, entry_date = u.entry_date,
                    hours = u.hours, billable = u.billable, description = u.description, status = 'SUBMITTED',
                    cost_amount = u.cost_amount, cost_currency = case when u.cost_amount is null then null else ? end,
                    decided_by = null, decided_at = null, decision_reason = null,
                    version = t.version + 1, updated_at = ?
                from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::boolean[], ?::text[],
                            ?::text[], ?::text[], ?::numeric[])
                  as u(id, person_id, project_id, entry_date, hours, billable, description, external_system,
                       external_id, cost_amount)
                where t.id = u.id""")) {
            update.setString(1, currency.code());
            update.setObject(2, now.atOffset(ZoneOffset.UTC));
            columns.bind(update, 3);
            update.executeUpdate();
        }
    }

    /** The rows as one array per column, so a whole batch travels in a single statement. */
    private static final class Columns {
        private final Array[] arrays;

        Columns(Connection connection, List<TimeEntryRow> rows) throws SQLException {
            int n = rows.size();
            Object[] id = new Object[n], person = new Object[n], project = new Object[n];
            Date[] date = new Date[n];
            BigDecimal[] hours = new BigDecimal[n], cost = new BigDecimal[n];
            Boolean[] billable = new Boolean[n];
            String[] description = new String[n], system = new String[n], externalId = new String[n];
            for (int i = 0; i < n; i++) {
                TimeEntryRow row = rows.get(i);
                id[i] = row.id();
                person[i] = row.personId();
                project[i] = row.projectId();
                date[i] = Date.valueOf(row.date());
                hours[i] = row.hours();
                billable[i] = row.billable();
                description[i] = row.description();
                system[i] = row.system();
                externalId[i] = row.externalId();
                cost[i] = row.cost();
            }
            arrays = new Array[] { connection.createArrayOf("uuid", id), connection.createArrayOf("uuid", person),
                    connection.createArrayOf("uuid", project), connection.createArrayOf("date", date),
                    connection.createArrayOf("numeric", hours), connection.createArrayOf("boolean", billable),
                    connection.createArrayOf("text", description), connection.createArrayOf("text", system),
                    connection.createArrayOf("text", externalId), connection.createArrayOf("numeric", cost) };
        }

        void bind(PreparedStatement statement, int firstIndex) throws SQLException {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(firstIndex + i, arrays[i]);
            }
        }
    }

    /** One event per project and chunk, keyed by the project like every time-entry event. */
    private void publish(List<Write> writes, String actor, Instant now) {
        Map<UUID, List<ImportedEntry>> byProject = new LinkedHashMap<>();
        for (Write write : writes) {
            TimeEntryRow row = write.row();
            byProject.computeIfAbsent(row.projectId(), id -> new ArrayList<>()).add(new ImportedEntry(row.id(),
                    row.version(), write.created() ? "created" : "updated", row.personId(), row.projectId(), row.date(),
                    row.hours(), row.billable(), row.status(),
                    row.cost() == null ? null : Money.of(row.cost(), currency.code()), row.cost() != null,
                    new ExternalRef(row.system(), row.externalId())));
        }
        List<DomainEvent> events = new ArrayList<>();
        byProject.forEach((projectId, entries) -> {
            for (int from = 0; from < entries.size(); from += EVENT_CHUNK) {
                List<ImportedEntry> chunk = entries.subList(from, Math.min(entries.size(), from + EVENT_CHUNK));
                UUID chunkId = UUID.randomUUID();
                events.add(ResourcesTopic.event(IMPORTED, projectId, chunkId, now,
                        new AggregateChange(1, actor, ImportedChunkState.of(chunkId, projectId, chunk), Map.of(), null)));
            }
        });
        outbox.publishAll(events);
    }

    /** The state of an imported event: a chunk of one project's entries, each with its own version. */
    public record ImportedChunk(UUID id, UUID projectId, int count, List<ImportedEntry> entries) {
    }

    private static RuntimeException duplicateOrRethrow(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new Conflict("concurrent-import", "Another import stored some of these external references at the "
                    + "same moment; send the batch again (it is idempotent)");
        }
        return new IllegalStateException(e);
    }

    private static ImportReport.Result rejected(int index, String reason) {
        return new ImportReport.Result(index, "rejected", reason, null);
    }

    private static ImportReport report(ImportReport.Result[] results) {
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        for (ImportReport.Result result : results) {
            switch (result.status()) {
                case "created" -> created++;
                case "updated" -> updated++;
                case "unchanged" -> unchanged++;
                default -> rejected++;
            }
        }
        return new ImportReport(results.length, created, updated, unchanged, rejected, List.of(results));
    }
}
