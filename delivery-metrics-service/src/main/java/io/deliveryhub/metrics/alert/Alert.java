package io.deliveryhub.metrics.alert;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "alert")
public class Alert extends VersionedAggregate {

    public String rule;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public AlertStatus status;
    public String message;
    public BigDecimal value;
    public BigDecimal threshold;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /**
     * The rule's alerts that have not resolved yet (at most one per subject), locked: an acknowledgement and a
     * resolution of the same alert take turns instead of overwriting each other.
     */
    static List<Alert> activeOf(String rule) {
        return find("rule = ?1 and status <> ?2", rule, AlertStatus.RESOLVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The rule's active alerts of these projects only: a project-scoped evaluation need not read (and lock) the rest. */
    static List<Alert> activeOf(String rule, Set<UUID> projectIds) {
        return find("rule = ?1 and status <> ?2 and projectId in ?3", rule, AlertStatus.RESOLVED, projectIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The active alerts of these rules about these projects, locked: the project rules judge a few projects at once. */
    static List<Alert> activeOf(Collection<String> rules, Set<UUID> projectIds) {
        return find("rule in ?1 and status <> ?2 and projectId in ?3", rules, AlertStatus.RESOLVED, projectIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Which key its events carry: the project it belongs to, else its subject. */
    UUID eventKey() {
        return projectId != null ? projectId : subjectId;
    }
}
