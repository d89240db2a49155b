package io.deliveryhub.projects.client;

import io.deliveryhub.projects.ExternalRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored form of an {@link ExternalRef}. */
@Embeddable
public class ClientExternalRef {

    public String system;
    @Column(name = "external_id")
    public String externalId;

    static ClientExternalRef of(ExternalRef ref) {
        ClientExternalRef stored = new ClientExternalRef();
        stored.system = ref.system().strip();
        stored.externalId = ref.id().strip();
        return stored;
    }

    ExternalRef toRef() {
        return new ExternalRef(system, externalId);
    }
}
