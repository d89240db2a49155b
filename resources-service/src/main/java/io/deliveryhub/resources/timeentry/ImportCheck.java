package io.deliveryhub.resources.timeentry;

import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.ProjectOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides each readable item of a batch against what is stored, with {@link TimeEntryRules}: rejected (the reason
 * is the detail a single entry's problem would have), unchanged, or accepted. Items are decided in order, each
 * counting the hours of the items accepted before it.
 *
 * @param people the people the batch names that exist
 * @param projects the projects the batch names that are known
 * @param existing the stored entries the batch refers to, by {@link ImportItem#ref()}
 * @param daily the hours that count on the person-days the batch touches
 */
record ImportCheck(Map<UUID, PersonOnFile> people, Map<UUID, ProjectOnFile> projects,
        Map<String, TimeEntryRow> existing, DailyHours daily) {

    /** An item to write, and the stored entry it changes ({@code null} for a new one). */
    record Accepted(ImportItem item, TimeEntryRow old) {
    }

    /** The accepted items in order; the others get their result in {@code results}. */
    List<Accepted> check(List<ImportItem> items, ImportReport.Result[] results) {
        List<Accepted> accepted = new ArrayList<>(items.size());
        for (ImportItem item : items) {
            TimeEntryRequest entry = item.entry();
            Optional<Refusal> refusal = TimeEntryRules.admits(entry.personId(), people.get(entry.personId()),
                    entry.projectId(), projects.get(entry.projectId()), entry.date());
            if (refusal.isPresent()) {
                results[item.index()] = ImportReport.Result.rejected(item.index(), refusal.get().detail());
                continue;
            }
            TimeEntryRow old = existing.get(item.ref());
            if (old != null && item.sameAs(old)) {
                results[item.index()] = new ImportReport.Result(item.index(), "unchanged", null, old.id());
                continue;
            }
            boolean oldCounts = old != null && old.status() != TimeEntryStatus.REJECTED;
            if (oldCounts) {
                daily.remove(old.personId(), old.date(), old.hours());
            }
            refusal = TimeEntryRules.fitsDay(entry.date(), daily.on(entry.personId(), entry.date()), entry.hours());
            if (refusal.isPresent()) {
                if (oldCounts) {
                    daily.add(old.personId(), old.date(), old.hours());
                }
                results[item.index()] = ImportReport.Result.rejected(item.index(), refusal.get().detail());
                continue;
            }
            daily.add(entry.personId(), entry.date(), entry.hours());
            accepted.add(new Accepted(item, old));
        }
        return accepted;
    }
}
