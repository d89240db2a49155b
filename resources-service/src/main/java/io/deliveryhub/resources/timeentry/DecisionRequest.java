package io.deliveryhub.resources.timeentry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimeEntryDecision", example = "{\"decision\":\"REJECTED\",\"reason\":\"Booked on the wrong project\"}")
public record DecisionRequest(
        @NotNull @Schema(enumeration = { "APPROVED", "REJECTED" }) TimeEntryStatus decision,
        @Size(max = 1000) @Schema(description = "required when rejecting") String reason) {
}
