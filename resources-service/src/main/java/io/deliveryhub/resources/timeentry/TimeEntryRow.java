package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored entry as the batch import reads and writes it with plain JDBC. */
record TimeEntryRow(UUID id, UUID personId, UUID projectId, LocalDate date, BigDecimal hours, boolean billable,
        String description, String system, String externalId, TimeEntryStatus status, Money cost, long version,
        Instant createdAt) {
}
