package io.deliveryhub.projects.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpsertClient", example = "{\"name\":\"Acme Bank\",\"industry\":\"Banking\",\"status\":\"ACTIVE\"}")
public record UpsertClientRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) @Schema(description = "left as it is when absent") String industry,
        @Schema(description = "left as it is when absent; a new client is ACTIVE") ClientStatus status) {
}
