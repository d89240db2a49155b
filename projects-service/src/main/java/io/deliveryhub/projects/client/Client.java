package io.deliveryhub.projects.client;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import io.deliveryhub.projects.ExternalRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import org.hibernate.annotations.BatchSize;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "client")
public class Client extends VersionedAggregate {

    public String name;
    public String industry;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    @ElementCollection
    // A page of clients loads its references in one query, not one per client.
    @BatchSize(size = 100)
    @CollectionTable(name = "client_external_ref", joinColumns = @JoinColumn(name = "client_id"))
    public List<ClientExternalRef> externalRefs = new ArrayList<>();

    public static Optional<Client> findByExternalRef(ExternalRef ref) {
        return find("select c from Client c join c.externalRefs r where r.system = ?1 and r.externalId = ?2",
                ref.system(), ref.id()).firstResultOptional();
    }

    List<ExternalRef> refs() {
        return externalRefs.stream().map(ClientExternalRef::toRef).toList();
    }
}
