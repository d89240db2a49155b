package io.deliveryhub.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's identity in another system (docs/api.md#external-references), so syncs upsert instead of duplicating. */
@Schema(name = "ExternalRef", example = "{\"system\":\"crm\",\"id\":\"0015g00000XyZ12AAB\"}")
public record ExternalRef(
        @NotBlank @Size(max = 50) String system,
        @NotBlank @Size(max = 200) String id) {
}
