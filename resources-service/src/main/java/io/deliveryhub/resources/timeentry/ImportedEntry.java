package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One entry inside a {@code deliveryhub.time-entries.imported.v1} event; its version orders it like any entry event. */
public record ImportedEntry(UUID id, long version, String change, UUID personId, UUID projectId, LocalDate date,
        BigDecimal hours, boolean billable, TimeEntryStatus status, Money cost, boolean costed, ExternalRef externalRef) {

    /** The entry as the time-entry events show it, and whether the import created or updated it. */
    static ImportedEntry of(TimeEntryView entry, String change) {
        return new ImportedEntry(entry.id(), entry.version(), change, entry.personId(), entry.projectId(), entry.date(),
                entry.hours(), entry.billable(), entry.status(), entry.cost(), entry.costed(), entry.externalRef());
    }
}
