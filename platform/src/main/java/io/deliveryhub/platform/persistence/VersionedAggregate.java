package io.deliveryhub.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every changeable resource has (docs/api.md, docs/architecture.md): a UUID, a version that is also its ETag and
 * its events' version, and when it was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedAggregate extends PanacheEntityBase {

    @Id
    public UUID id;

    /**
     * Counted by the service, one per change; writers lock the row first, so a plain column needs no
     * optimistic-locking machinery (and Hibernate's {@code @Version} would treat a preset 1 as detached).
     */
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Gives a new aggregate its id and version 1, created now. */
    public void stampCreated(Instant now) {
        id = UUID.randomUUID();
        version = 1;
        createdAt = now;
        updatedAt = now;
    }

    /** Records one more change: the next version, changed now. The caller holds the row lock. */
    public void stampChanged(Instant now) {
        version++;
        updatedAt = now;
    }
}
