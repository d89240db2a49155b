package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.resources.rate.RateHistory;
import io.deliveryhub.resources.rate.Rates;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Bulk import from timesheet systems (docs/architecture.md#rates): idempotent by external reference, one result
 * per item, one bad item never rejects the others. Items are read by {@link ImportBatchReader}, checked by {@link ImportCheck} with the rules a
 * single entry obeys, written by {@link ImportStore} and announced by {@link ImportedChunks}.
 */
@ApplicationScoped
public class TimeEntryImport {

    public static final int MAX_ENTRIES = 5000;
    static final String IMPORTED = "deliveryhub.time-entries.imported.v1";

    private final Outbox outbox;
    private final Rates rates;
    private final Clock clock;

    public TimeEntryImport(Outbox outbox, Rates rates, Clock clock) {
        this.outbox = outbox;
        this.rates = rates;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importBatch(ImportBatch batch, String actor) {
        ImportReport.Result[] results = new ImportReport.Result[batch.size()];
        List<ImportItem> items = distinct(batch, results);
        if (!items.isEmpty()) {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            session.doWork(connection -> apply(new ImportStore(connection), items, results, actor));
        }
        return ImportReport.of(results);
    }

    /** The batch's readable items, each external reference once; the rest get their rejection here. */
    private static List<ImportItem> distinct(ImportBatch batch, ImportReport.Result[] results) {
        batch.invalid().forEach((index, reason) -> results[index] = ImportReport.Result.rejected(index, reason));
        List<ImportItem> items = new ArrayList<>(batch.items().size());
        Map<String, Integer> firstByRef = new HashMap<>();
        for (ImportItem item : batch.items()) {
            Integer first = firstByRef.putIfAbsent(item.ref(), item.index());
            if (first != null) {
                ExternalRef ref = item.entry().externalRef();
                results[item.index()] = ImportReport.Result.rejected(item.index(), "externalRef " + ref.system() + "/"
                        + ref.id() + " already appears at index " + first + " of this batch");
            } else {
                items.add(item);
            }
        }
        return items;
    }

    private void apply(ImportStore store, List<ImportItem> items, ImportReport.Result[] results, String actor)
            throws SQLException {
        Set<UUID> personIds = new HashSet<>();
        Set<UUID> projectIds = new HashSet<>();
        for (ImportItem item : items) {
            personIds.add(item.entry().personId());
            projectIds.add(item.entry().projectId());
        }
        Map<UUID, PersonOnFile> people = store.lockPeople(personIds);
        Map<String, TimeEntryRow> existing = store.existing(items);
        ImportCheck check = new ImportCheck(people, store.projects(projectIds), existing,
                store.dailyHours(items, existing.values()));
        List<ImportCheck.Accepted> accepted = check.check(items, results);

        Map<UUID, RateHistory> histories = rates.historiesOf(people.keySet());
        Instant now = clock.instant();
        List<TimeEntryRow> created = new ArrayList<>();
        List<TimeEntryRow> updated = new ArrayList<>();
        List<ImportedEntry> written = new ArrayList<>(accepted.size());
        for (ImportCheck.Accepted write : accepted) {
            TimeEntryRow row = row(write, histories.get(write.item().entry().personId()), now);
            (write.old() == null ? created : updated).add(row);
            String change = write.old() == null ? "created" : "updated";
            results[write.item().index()] = new ImportReport.Result(write.item().index(), change, null, row.id());
            written.add(ImportedEntry.of(TimeEntryView.of(row, now), change));
        }
        store.insert(created, now);
        store.update(updated, now);
        outbox.publishAll(ImportedChunks.events(written, actor, now));
    }

    /** The row an accepted item writes: a changed entry is submitted again, as what was decided no longer holds. */
    private static TimeEntryRow row(ImportCheck.Accepted write, RateHistory history, Instant now) {
        TimeEntryRequest entry = write.item().entry();
        TimeEntryRow old = write.old();
        Money cost = history.costOf(entry.hours(), entry.date()).orElse(null);
        return new TimeEntryRow(old == null ? newEntryId() : old.id(), entry.personId(), entry.projectId(),
                entry.date(), entry.hours(), entry.billableOrDefault(), entry.description(),
                entry.externalRef().system(), entry.externalRef().id(), TimeEntryStatus.SUBMITTED, cost,
                old == null ? 1 : old.version() + 1, old == null ? now : old.createdAt());
    }

    /**
     * Time-ordered (version 7) ids: each new row's key lands at the right edge of the primary key, where PostgreSQL
     * inserts without descending the tree and keeps touching the same few pages; random ids cost a descent and a
     * different leaf page per row, which at a million entries no longer stay in shared buffers.
     */
    private static UUID newEntryId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
