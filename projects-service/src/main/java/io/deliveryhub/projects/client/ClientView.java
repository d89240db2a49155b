package io.deliveryhub.projects.client;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the API and the {@code deliveryhub.client.*} events show it. */
@Schema(name = "Client")
public record ClientView(UUID id, String name, String industry, ClientStatus status, long version,
        Instant createdAt, Instant updatedAt) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.name, client.industry, client.status, client.version,
                client.createdAt, client.updatedAt);
    }
}
