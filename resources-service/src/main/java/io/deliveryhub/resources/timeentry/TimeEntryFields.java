package io.deliveryhub.resources.timeentry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a PATCH may change on a time entry (JSON merge patch onto these fields). The person and the external
 * reference are fixed: an entry logged for the wrong person is rejected and logged again.
 */
@Schema(name = "TimeEntryPatch", example = "{\"hours\":6,\"description\":\"Payment API review\"}")
public record TimeEntryFields(
        @NotNull UUID projectId,
        @NotNull LocalDate date,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = TimeEntryRules.HOURS_RANGE)
        @DecimalMax(value = TimeEntryRules.MAX_HOURS, message = TimeEntryRules.HOURS_RANGE)
        @Digits(integer = 2, fraction = 2, message = TimeEntryRules.HOURS_DECIMALS) BigDecimal hours,
        @NotNull Boolean billable,
        @Size(max = 2000) String description) {

    /** As stored: hours with two decimals, so 7.5 and 7.50 are the same entry. */
    TimeEntryFields normalized() {
        return new TimeEntryFields(projectId, date, hours.setScale(2, RoundingMode.HALF_EVEN), billable, description);
    }

    static TimeEntryFields of(TimeEntry entry) {
        return new TimeEntryFields(entry.projectId, entry.date, entry.hours, entry.billable, entry.description)
                .normalized();
    }
}
