package io.deliveryhub.resources.scenario;

import io.deliveryhub.resources.allocation.Booking;
import io.deliveryhub.resources.availability.BookedHours;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An allocation as the staffing views count it, live or in a scenario: who (a person or a placeholder role), on which
 * project, when and how much. {@code version} and {@code active} are the live allocation's (1 and true in a scenario).
 */
public record PlannedAllocation(UUID id, UUID personId, String placeholderRole, UUID projectId, LocalDate from,
        LocalDate to, BigDecimal hoursPerWeek, Booking booking, long version, boolean active) {

    public BookedHours booked() {
        return new BookedHours(from, to, hoursPerWeek);
    }

    /** Hours it books as supply or demand: a named HARD booking consumes capacity, anything else is demand. */
    public boolean consumesCapacity() {
        return personId != null && booking == Booking.HARD;
    }
}
