package io.deliveryhub.projects.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transition", example = "{\"to\":\"ACTIVE\",\"reason\":\"Kick-off held, SOW signed\"}")
public record TransitionRequest(
        @NotNull ProjectStatus to,
        @NotBlank @Size(max = 2000) @Schema(description = "why; kept in the event and the project's history") String reason) {
}
