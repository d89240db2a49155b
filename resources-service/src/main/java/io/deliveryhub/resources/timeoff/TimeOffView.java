package io.deliveryhub.resources.timeoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimeOff")
public record TimeOffView(UUID id, UUID personId, LocalDate from, LocalDate to, TimeOffType type,
        BigDecimal hoursPerDay, String note, long version, Instant createdAt, Instant updatedAt) {

    public static TimeOffView of(TimeOff timeOff) {
        return new TimeOffView(timeOff.id, timeOff.personId, timeOff.fromDate, timeOff.toDate, timeOff.type,
                timeOff.hoursPerDay, timeOff.note, timeOff.version, timeOff.createdAt, timeOff.updatedAt);
    }
}
