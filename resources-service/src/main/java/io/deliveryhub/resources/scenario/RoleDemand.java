package io.deliveryhub.resources.scenario;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoleDemand", example = "{\"role\":\"Senior Java developer\",\"hoursPerWeek\":40,\"from\":null,\"to\":null}")
public record RoleDemand(
        @NotBlank @Size(max = 100) String role,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") @Digits(integer = 3, fraction = 2)
        BigDecimal hoursPerWeek,
        @Schema(description = "defaults to the project's from; inside the project's dates") LocalDate from,
        @Schema(description = "defaults to the project's to; inside the project's dates") LocalDate to) {
}
