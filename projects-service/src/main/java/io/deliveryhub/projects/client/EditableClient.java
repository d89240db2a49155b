package io.deliveryhub.projects.client;

import io.deliveryhub.projects.ExternalRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code PATCH /clients/{id}} merges onto and validates; an external refs list replaces the old one. */
@Schema(name = "ClientChanges", example = "{\"industry\":\"Insurance\",\"status\":\"INACTIVE\"}")
public record EditableClient(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry,
        @NotNull ClientStatus status,
        @Size(max = 10) List<@Valid @NotNull ExternalRef> externalRefs) {

    static EditableClient of(Client client) {
        return new EditableClient(client.name, client.industry, client.status, client.refs());
    }

    void applyTo(Client client) {
        client.name = name.strip();
        client.industry = industry == null || industry.isBlank() ? null : industry.strip();
        client.status = status;
        List<ClientExternalRef> refs = new ArrayList<>();
        (externalRefs == null ? List.<ExternalRef> of() : externalRefs).stream().map(ClientExternalRef::of)
                .filter(ref -> refs.stream().noneMatch(known -> known.system.equals(ref.system)
                        && known.externalId.equals(ref.externalId)))
                .forEach(refs::add);
        // Changed in place: Hibernate tracks the collection it loaded.
        if (!client.refs().equals(refs.stream().map(ClientExternalRef::toRef).toList())) {
            client.externalRefs.clear();
            client.externalRefs.addAll(refs);
        }
    }
}
