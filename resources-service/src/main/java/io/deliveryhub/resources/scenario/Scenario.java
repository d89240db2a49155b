package io.deliveryhub.resources.scenario;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named what-if sandbox over the live plan; its changes are {@link ScenarioAllocation}s and tentative projects. */
@Entity
@Table(name = "scenario")
public class Scenario extends VersionedAggregate {

    public String name;
    public String description;
    /** The person who made it; null when an integration did. */
    @Column(name = "owner_id")
    public UUID ownerId;
    @Column(name = "owner_name")
    public String ownerName;
    @Enumerated(EnumType.STRING)
    public ScenarioStatus status;
    @Column(name = "applied_at")
    public Instant appliedAt;
}
