package io.deliveryhub.resources.timeoff;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewTimeOff", example = "{\"from\":\"2026-08-03\",\"to\":\"2026-08-14\",\"type\":\"VACATION\",\"hoursPerDay\":8}")
public record TimeOffRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull TimeOffType type,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "defaults to the person's weekly capacity / 5 (a full day)") BigDecimal hoursPerDay,
        @Size(max = 500) String note) {
}
