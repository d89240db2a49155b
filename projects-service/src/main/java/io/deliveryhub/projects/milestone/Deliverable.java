package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "deliverable")
public class Deliverable extends VersionedAggregate {

    @Column(name = "milestone_id")
    public UUID milestoneId;
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus;
    @Column(name = "review_notes")
    public String reviewNotes;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
