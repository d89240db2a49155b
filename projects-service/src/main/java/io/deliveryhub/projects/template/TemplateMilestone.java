package io.deliveryhub.projects.template;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateMilestone", examples = "{\"name\":\"Discovery complete\",\"offsetDays\":14,\"weight\":1,\"acceptanceCriteria\":\"Backlog agreed\"}")
public record TemplateMilestone(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "due this many days after the project's planned start") @NotNull @Min(0) @Max(3650) Integer offsetDays,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal weight,
        @Size(max = 4000) String acceptanceCriteria) {
}
