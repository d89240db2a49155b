package io.deliveryhub.projects.client;

import io.deliveryhub.projects.ExternalRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the API and the {@code deliveryhub.client.*} events show it. */
@Schema(name = "Client")
public record ClientView(UUID id, String name, String industry, ClientStatus status,
        @Schema(description = "the client's identities in other systems, e.g. its CRM account") List<ExternalRef> externalRefs,
        long version, Instant createdAt, Instant updatedAt) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.name, client.industry, client.status, client.refs(), client.version,
                client.createdAt, client.updatedAt);
    }
}
