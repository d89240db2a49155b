package io.deliveryhub.resources.resourcerequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateResourceRequest", example = """
        {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","role":"Backend developer",
         "requiredSkills":[{"skill":"Java","minLevel":4},{"skill":"PostgreSQL","minLevel":3}],
         "hoursPerWeek":32,"from":"2026-03-02","to":"2026-05-22","priority":"HIGH"}""")
public record CreateResourceRequest(
        @NotNull UUID projectId,
        @NotBlank @Size(max = 100) String role,
        @Size(max = 20) List<@Valid @NotNull SkillRequirement> requiredSkills,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @Schema(description = "defaults to MEDIUM") RequestPriority priority) {
}
