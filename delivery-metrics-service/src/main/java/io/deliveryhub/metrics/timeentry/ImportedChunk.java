package io.deliveryhub.metrics.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What this service reads of a {@code deliveryhub.time-entries.imported.v1} state, bound straight from the event's
 * text: a chunk is hundreds of entries, and reading it as a tree first cost more than applying it.
 */
record ImportedChunk(List<ImportedEntry> entries) {

    /** One entry of the chunk, with its own version; a required field left out is null here. */
    record ImportedEntry(UUID id, Long version, UUID projectId, UUID personId, LocalDate date, BigDecimal hours,
            Boolean billable, String status, Money cost) {
    }
}
