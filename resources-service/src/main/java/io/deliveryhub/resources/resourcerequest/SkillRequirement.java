package io.deliveryhub.resources.resourcerequest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A required skill as the API shows it; on input either {@code skillId} or the catalogue name in {@code skill}. */
@Schema(name = "SkillRequirement", example = "{\"skill\":\"Kotlin\",\"minLevel\":3}")
public record SkillRequirement(
        @Schema(description = "catalogue skill id; or give its name in skill") UUID skillId,
        @Schema(description = "catalogue skill name (case-insensitive)") String skill,
        @NotNull @Min(1) @Max(5) Integer minLevel) {
}
