package io.deliveryhub.metrics.incident;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "incident")
public class Incident extends VersionedAggregate {

    @Column(name = "external_id")
    public String externalId;
    @Column(name = "project_id")
    public UUID projectId;
    public String service;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "deployment_external_id")
    public String deploymentExternalId;
    public String severity;

    /** The incident with this external id, locked for the rest of the transaction. */
    static Optional<Incident> lockByExternalId(String externalId) {
        return find("externalId", externalId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
