package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One entry inside a {@code deliveryhub.time-entries.imported.v1} event; its version orders it like any entry event. */
public record ImportedEntry(UUID id, long version, String change, UUID personId, UUID projectId, LocalDate date,
        BigDecimal hours, boolean billable, TimeEntryStatus status, Money cost, boolean costed, ExternalRef externalRef) {

    /**
     * The entry as the time-entry events show it, and whether the import created or updated it. Its hours without
     * trailing zeros (7.50 as 7.5), as a single entry's event has them: that state is written from a tree.
     */
    static ImportedEntry of(TimeEntryView entry, String change) {
        return new ImportedEntry(entry.id(), entry.version(), change, entry.personId(), entry.projectId(), entry.date(),
                entry.hours().stripTrailingZeros(), entry.billable(), entry.status(), entry.cost(), entry.costed(), entry.externalRef());
    }
}
