package io.deliveryhub.projects.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String industry;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    /**
     * Counted by the service, one per change, and equal to the version in the aggregate's events; writers
     * lock the row first, so a plain column needs no optimistic-locking machinery.
     */
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
