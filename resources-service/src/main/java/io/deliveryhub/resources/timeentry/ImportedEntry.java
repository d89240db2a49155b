package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One entry inside a {@code deliveryhub.time-entries.imported.v1} event; its version orders it like any entry event. */
public record ImportedEntry(UUID id, long version, String change, UUID personId, UUID projectId, LocalDate date,
        BigDecimal hours, boolean billable, TimeEntryStatus status, Money cost, boolean costed, ExternalRef externalRef) {
}
