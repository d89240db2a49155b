package io.deliveryhub.projects.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "project_history")
public class ProjectHistoryEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "project_id")
    public UUID projectId;
    public String type;
    @Column(name = "subject_id")
    public UUID subjectId;
    public long version;
    public String actor;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** The changed fields with their previous values, as in the event; null for creations. */
    public String changes;
}
