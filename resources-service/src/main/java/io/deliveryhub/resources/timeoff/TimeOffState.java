package io.deliveryhub.resources.timeoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Time off as the {@code deliveryhub.time-off.*} events carry it: always whole, type and note included (a null note
 * too), unlike {@link TimeOffView}, which leaves them out for readers who may not see why a person is away.
 */
record TimeOffState(UUID id, UUID personId, LocalDate from, LocalDate to, TimeOffType type, BigDecimal hoursPerDay,
        String note, long version, Instant createdAt, Instant updatedAt) {

    static TimeOffState of(TimeOff timeOff) {
        return new TimeOffState(timeOff.id, timeOff.personId, timeOff.fromDate, timeOff.toDate, timeOff.type,
                timeOff.hoursPerDay, timeOff.note, timeOff.version, timeOff.createdAt, timeOff.updatedAt);
    }
}
