package io.deliveryhub.projects.client;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "client")
public class Client extends VersionedAggregate {

    public String name;
    public String industry;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
}
