package io.deliveryhub.metrics.deployment;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "deployment")
public class Deployment extends VersionedAggregate {

    @Column(name = "external_id")
    public String externalId;
    @Column(name = "project_id")
    public UUID projectId;
    public String service;
    public String environment;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Enumerated(EnumType.STRING)
    public DeploymentStatus status;
    // Lists show a page of deployments with their commits: load the commits of many deployments per query.
    @BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "deployment_commit", joinColumns = @JoinColumn(name = "deployment_id"))
    @OrderColumn(name = "position")
    public List<Commit> commits = new ArrayList<>();

    /** The deployment with this pipeline id, locked for the rest of the transaction. */
    static Optional<Deployment> lockByExternalId(String externalId) {
        return find("externalId", externalId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<Deployment> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }
}
