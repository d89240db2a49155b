package io.deliveryhub.resources.allocation;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of {@code GET /allocations}; all optional, combined with AND; from/to select overlapping ones. */
public record AllocationFilter(UUID personId, UUID projectId, LocalDate from, LocalDate to, Booking booking,
        AllocationStatus status) {
}
