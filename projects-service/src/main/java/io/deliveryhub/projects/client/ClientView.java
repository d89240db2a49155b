package io.deliveryhub.projects.client;

import io.deliveryhub.projects.ExternalRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the API and the {@code deliveryhub.client.*} events show it. */
@Schema(name = "Client", examples = """
        {"id":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10","name":"Acme Bank","industry":"Banking","status":"ACTIVE",
         "externalRefs":[{"system":"crm","id":"0015g00000XyZ12AAB"}],"version":2,
         "createdAt":"2026-02-20T09:15:00Z","updatedAt":"2026-03-01T08:00:00Z"}""")
public record ClientView(UUID id, String name, String industry, ClientStatus status,
        @Schema(description = "the client's identities in other systems, e.g. its CRM account") List<ExternalRef> externalRefs,
        long version, Instant createdAt, Instant updatedAt) {

    public static ClientView of(Client client) {
        return new ClientView(client.id, client.name, client.industry, client.status, client.refs(), client.version,
                client.createdAt, client.updatedAt);
    }
}
