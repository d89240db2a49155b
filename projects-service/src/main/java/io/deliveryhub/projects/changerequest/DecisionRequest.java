package io.deliveryhub.projects.changerequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeRequestDecision", example = "{\"decision\":\"APPROVED\",\"reason\":\"Client signed the change order\"}")
public record DecisionRequest(
        @NotNull @Schema(enumeration = { "APPROVED", "REJECTED", "WITHDRAWN" }) ChangeRequestStatus decision,
        @NotBlank @Size(max = 2000) String reason) {
}
