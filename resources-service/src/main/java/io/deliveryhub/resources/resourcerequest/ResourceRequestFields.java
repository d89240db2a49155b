package io.deliveryhub.resources.resourcerequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a PATCH may change on an open request (JSON merge patch onto these fields); the project is fixed.
 * {@code requiredSkills} is replaced as a whole, as merge patch does with arrays.
 */
@Schema(name = "ResourceRequestPatch", example = "{\"hoursPerWeek\":24,\"to\":\"2026-06-19\"}")
public record ResourceRequestFields(
        @NotBlank @Size(max = 100) String role,
        @NotNull @Size(max = 20) List<@Valid @NotNull SkillRequirement> requiredSkills,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull RequestPriority priority) {

    static ResourceRequestFields of(ResourceRequestView request) {
        return new ResourceRequestFields(request.role(), request.requiredSkills(), request.hoursPerWeek(),
                request.from(), request.to(), request.priority());
    }
}
