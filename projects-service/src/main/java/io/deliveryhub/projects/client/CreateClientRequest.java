package io.deliveryhub.projects.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateClient", example = "{\"name\":\"Acme Bank\",\"industry\":\"Banking\"}")
public record CreateClientRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry) {
}
