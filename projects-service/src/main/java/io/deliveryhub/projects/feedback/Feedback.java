package io.deliveryhub.projects.feedback;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "feedback")
public class Feedback extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "milestone_id")
    public UUID milestoneId;
    public Integer csat;
    public Integer nps;
    public String comment;
    @Column(name = "received_by")
    public String receivedBy;
}
