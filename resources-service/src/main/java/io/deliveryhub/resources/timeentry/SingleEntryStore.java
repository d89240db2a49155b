package io.deliveryhub.resources.timeentry;

import io.deliveryhub.resources.person.ActivePeriod;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.rate.RateHistory;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.ProjectOnFile;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What logging or correcting one entry reads before it writes, in plain JDBC on the transaction's connection: the
 * person, locked, then in one query everything the lock guards (the day's hours, the rate) and the project; for a new
 * entry both in one round trip. Plain rows, not entities: nothing read here changes, so Hibernate would only load,
 * snapshot and dirty-check them, and a round trip per lookup cost a single entry more than the lookups themselves
 * (docs/performance.md "Where a time entry's milliseconds go").
 */
final class SingleEntryStore {

    /**
     * The entry's project ({@code null} when unknown), what its person already has on its day, and the person's rate
     * history as far as that day needs it: the step in force then, if any.
     */
    record Day(ProjectOnFile project, BigDecimal logged, boolean referenceTaken, RateHistory rates) {
    }

    /** No entry has it: "every entry but none". */
    private static final UUID NO_ENTRY = new UUID(0, 0);

    private static final String LOCK_PERSON =
            "select name, active_from, active_to from person where id = ? for no key update";
    private static final String DAY = """
            select k.id, k.key, k.status, k.accepts_records, d.logged, d.reference_taken,
                   r.effective_from, r.cost_rate, r.bill_rate, r.currency
            from (select coalesce(sum(hours), 0) as logged,
                         exists (select from time_entry where external_system = ? and external_id = ?)
                           as reference_taken
                  from time_entry
                  where person_id = ? and entry_date = ? and status <> 'REJECTED' and id <> ?) d
            left join known_project k on k.id = ?
            left join lateral (select effective_from, cost_rate, bill_rate, currency from person_rate
                               where person_id = ? and effective_from <= ?
                               order by effective_from desc limit 1) r on true""";

    private final Session session;

    SingleEntryStore(Session session) {
        this.session = session;
    }

    /**
     * The person, locked, so that entries of one person are serialized and two of them cannot both fill a day. No
     * key update, like the import's lock: it still excludes them, but not other writes that merely reference the row.
     */
    Optional<PersonOnFile> lockPerson(UUID id) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LOCK_PERSON)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return person(row);
                }
            }
        });
    }

    /**
     * Read once the person is locked, in a statement of its own, so that it sees every entry and rate committed before
     * the lock was granted (rates are set under the same lock).
     *
     * @param except the entry being corrected, whose own hours do not count; {@code null} for a new entry
     * @param reference the external reference the entry would take, {@code null} for none
     */
    Day day(UUID personId, LocalDate date, UUID projectId, UUID except, ExternalRef reference) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(DAY)) {
                bindDay(select, 1, personId, date, projectId, except, reference);
                try (ResultSet row = select.executeQuery()) {
                    return day(row);
                }
            }
        });
    }

    /** A new entry's person, locked, and its day as {@link #day} reads it; the day is {@code null} without a person. */
    record LockedDay(Optional<PersonOnFile> person, Day day) {
    }

    /**
     * {@link #lockPerson} then {@link #day} for a new entry, in one round trip: the driver sends both statements before
     * it reads an answer, and PostgreSQL starts the second, with a snapshot of its own, only once the first holds the
     * lock, so the day's read sees what it would see one round trip later.
     */
    LockedDay lockPersonAndReadDay(UUID personId, LocalDate date, UUID projectId, ExternalRef reference) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement both = connection.prepareStatement(LOCK_PERSON + ";\n" + DAY)) {
                both.setObject(1, personId);
                bindDay(both, 2, personId, date, projectId, null, reference);
                both.execute();
                Optional<PersonOnFile> person;
                try (ResultSet row = both.getResultSet()) {
                    person = person(row);
                }
                both.getMoreResults();
                try (ResultSet row = both.getResultSet()) {
                    return new LockedDay(person, person.isEmpty() ? null : day(row));
                }
            }
        });
    }

    private static Optional<PersonOnFile> person(ResultSet row) throws SQLException {
        if (!row.next()) {
            return Optional.empty();
        }
        ActivePeriod active = new ActivePeriod(row.getObject("active_from", LocalDate.class),
                row.getObject("active_to", LocalDate.class));
        return Optional.of(new PersonOnFile(row.getString("name"), active));
    }

    private static void bindDay(PreparedStatement select, int first, UUID personId, LocalDate date, UUID projectId,
            UUID except, ExternalRef reference) throws SQLException {
        select.setString(first, reference == null ? null : reference.system());
        select.setString(first + 1, reference == null ? null : reference.id());
        select.setObject(first + 2, personId);
        select.setObject(first + 3, date);
        select.setObject(first + 4, except == null ? NO_ENTRY : except);
        select.setObject(first + 5, projectId);
        select.setObject(first + 6, personId);
        select.setObject(first + 7, date);
    }

    private static Day day(ResultSet row) throws SQLException {
        row.next();
        ProjectOnFile project = row.getObject("id") == null ? null : new ProjectOnFile(row.getObject("id", UUID.class),
                row.getString("key"), row.getString("status"),
                KnownProject.ended(row.getObject("accepts_records", Boolean.class)));
        List<RateHistory.Step> rate = row.getObject("effective_from") == null ? List.of()
                : List.of(new RateHistory.Step(row.getObject("effective_from", LocalDate.class),
                        row.getBigDecimal("cost_rate"), row.getBigDecimal("bill_rate"), row.getString("currency")));
        return new Day(project, row.getBigDecimal("logged"), row.getBoolean("reference_taken"), new RateHistory(rate));
    }
}
