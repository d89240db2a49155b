package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.resources.person.ActivePeriod;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.ProjectOnFile;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a batch import reads and writes, in plain JDBC on the transaction's connection: every lookup is one query for
 * the whole batch, new rows go in by binary COPY and changed ones in one array-bound update.
 */
final class ImportStore {

    private final Connection connection;

    ImportStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * The people the batch names, locked, so this import is serialized with single entries of the same people (the
     * 24 h rule). No key update, like JPA's PESSIMISTIC_WRITE that those take: it still excludes them, but not the
     * foreign-key checks of other people's writes that merely reference these rows.
     */
    Map<UUID, PersonOnFile> lockPeople(Set<UUID> ids) throws SQLException {
        Map<UUID, PersonOnFile> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, name, active_from, active_to"
                + " from person where id = any(?) order by id for no key update")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject("id", UUID.class), new PersonOnFile(rows.getString("name"),
                            new ActivePeriod(rows.getObject("active_from", LocalDate.class),
                                    rows.getObject("active_to", LocalDate.class))));
                }
            }
        }
        return found;
    }

    Map<UUID, ProjectOnFile> projects(Set<UUID> ids) throws SQLException {
        Map<UUID, ProjectOnFile> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, key, status, accepts_records from known_project where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject("id", UUID.class),
                            new ProjectOnFile(rows.getObject("id", UUID.class), rows.getString("key"),
                                    rows.getString("status"),
                                    KnownProject.ended(rows.getObject("accepts_records", Boolean.class))));
                }
            }
        }
        return found;
    }

    /**
     * The stored entries the batch refers to, locked, by {@link ImportItem#ref()}. One query per source system (a
     * batch usually has one), each an index scan on (external_system, external_id = any(...)).
     */
    Map<String, TimeEntryRow> existing(List<ImportItem> items) throws SQLException {
        Map<String, List<String>> idsBySystem = new HashMap<>();
        for (ImportItem item : items) {
            idsBySystem.computeIfAbsent(item.entry().externalRef().system(), system -> new ArrayList<>())
                    .add(item.entry().externalRef().id());
        }
        Map<String, TimeEntryRow> byRef = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, person_id, project_id, entry_date, hours, billable, description,
                       external_system, external_id, status, cost_amount, cost_currency, version, created_at
                from time_entry where external_system = ? and external_id = any(?)
                for update""")) {
            for (Map.Entry<String, List<String>> system : idsBySystem.entrySet()) {
                select.setString(1, system.getKey());
                select.setArray(2, connection.createArrayOf("text", system.getValue().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        TimeEntryRow row = new TimeEntryRow(rows.getObject("id", UUID.class),
                                rows.getObject("person_id", UUID.class), rows.getObject("project_id", UUID.class),
                                rows.getObject("entry_date", LocalDate.class), rows.getBigDecimal("hours"),
                                rows.getBoolean("billable"), rows.getString("description"),
                                rows.getString("external_system"), rows.getString("external_id"),
                                TimeEntryStatus.valueOf(rows.getString("status")),
                                cost(rows.getBigDecimal("cost_amount"), rows.getString("cost_currency")),
                                rows.getLong("version"), rows.getTimestamp("created_at").toInstant());
                        byRef.put(ImportItem.ref(row.system(), row.externalId()), row);
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
    DailyHours dailyHours(List<ImportItem> items, Collection<TimeEntryRow> existing) throws SQLException {
        Set<UUID> people = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (ImportItem item : items) {
            people.add(item.entry().personId());
            first = item.entry().date().isBefore(first) ? item.entry().date() : first;
            last = item.entry().date().isAfter(last) ? item.entry().date() : last;
        }
        for (TimeEntryRow row : existing) {
            people.add(row.personId());
            first = row.date().isBefore(first) ? row.date() : first;
            last = row.date().isAfter(last) ? row.date() : last;
        }
        DailyHours daily = new DailyHours();
        try (PreparedStatement select = connection.prepareStatement("""
                select person_id, entry_date, sum(hours) as hours from time_entry
                where person_id = any(?) and entry_date between ? and ? and status <> 'REJECTED'
                group by person_id, entry_date""")) {
            select.setArray(1, connection.createArrayOf("uuid", people.toArray()));
            select.setObject(2, first);
            select.setObject(3, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    daily.add(rows.getObject("person_id", UUID.class), rows.getObject("entry_date", LocalDate.class),
                            rows.getBigDecimal("hours"));
                }
            }
        }
        return daily;
    }

    void insert(List<TimeEntryRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            NewEntriesCopy.insert(connection, rows, now);
        } catch (SQLException e) {
            throw duplicateOrRethrow(e);
        }
    }

    /** Changed entries are submitted again, their decision cleared. */
    void update(List<TimeEntryRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Columns columns = new Columns(connection, rows);
        try (PreparedStatement update = connection.prepareStatement("""
                update time_entry t set person_id = u.person_id, project_id = u.project_id, entry_date = u.entry_date,
                    hours = u.hours, billable = u.billable, description = u.description, status = 'SUBMITTED',
                    cost_amount = u.cost_amount, cost_currency = u.cost_currency,
                    decided_by = null, decided_at = null, decision_reason = null,
                    version = t.version + 1, updated_at = ?
                from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::numeric[], ?::boolean[], ?::text[],
                            ?::text[], ?::text[], ?::numeric[], ?::text[])
                  as u(id, person_id, project_id, entry_date, hours, billable, description, external_system,
                       external_id, cost_amount, cost_currency)
                where t.id = u.id""")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            columns.bind(update, 2);
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
            String[] description = new String[n], system = new String[n], externalId = new String[n],
                    costCurrency = new String[n];
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
                cost[i] = row.cost() == null ? null : row.cost().amount();
                costCurrency[i] = row.cost() == null ? null : row.cost().currency();
            }
            arrays = new Array[] { connection.createArrayOf("uuid", id), connection.createArrayOf("uuid", person),
                    connection.createArrayOf("uuid", project), connection.createArrayOf("date", date),
                    connection.createArrayOf("numeric", hours), connection.createArrayOf("boolean", billable),
                    connection.createArrayOf("text", description), connection.createArrayOf("text", system),
                    connection.createArrayOf("text", externalId), connection.createArrayOf("numeric", cost),
                    connection.createArrayOf("text", costCurrency) };
        }

        void bind(PreparedStatement statement, int firstIndex) throws SQLException {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(firstIndex + i, arrays[i]);
            }
        }
    }

    private static Money cost(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static RuntimeException duplicateOrRethrow(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new Conflict("concurrent-import", "Another import stored some of these external references at the "
                    + "same moment; send the batch again (it is idempotent)");
        }
        return new IllegalStateException(e);
    }
}
