package io.deliveryhub.resources.skill;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonSkillLevel", example = "{\"level\":4,\"years\":6.5}")
public record PersonSkillRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "1 novice … 5 expert") Integer level,
        @DecimalMin("0") @DecimalMax("99.9") @Digits(integer = 2, fraction = 1) BigDecimal years) {
}
