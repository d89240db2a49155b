package io.deliveryhub.resources.timeentry;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of {@code GET /time-entries}; all optional, combined with AND; dates inclusive. */
public record TimeEntryFilter(UUID personId, UUID projectId, LocalDate from, LocalDate to, TimeEntryStatus status) {
}
