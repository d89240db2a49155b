package io.deliveryhub.resources.timeoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Time off as the API shows it; {@code type} and {@code note} are left out for callers who may not see why the
 * person is away (and a note is left out when there is none). Events carry {@link TimeOffState}.
 */
@Schema(name = "TimeOff")
public record TimeOffView(UUID id, UUID personId, LocalDate from, LocalDate to,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "only for the person, DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN") TimeOffType type,
        BigDecimal hoursPerDay,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "only for the person, DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN") String note,
        long version, Instant createdAt, Instant updatedAt) {

    public static TimeOffView of(TimeOff timeOff) {
        return new TimeOffView(timeOff.id, timeOff.personId, timeOff.fromDate, timeOff.toDate, timeOff.type,
                timeOff.hoursPerDay, timeOff.note, timeOff.version, timeOff.createdAt, timeOff.updatedAt);
    }

    public TimeOffView withoutDetails() {
        return new TimeOffView(id, personId, from, to, null, hoursPerDay, null, version, createdAt, updatedAt);
    }
}
