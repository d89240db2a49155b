package io.deliveryhub.projects.statusreport;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "status_report")
public class StatusReport extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Enumerated(EnumType.STRING)
    public Rag overall;
    @Enumerated(EnumType.STRING)
    public Rag schedule;
    @Enumerated(EnumType.STRING)
    public Rag budget;
    @Enumerated(EnumType.STRING)
    public Rag scope;
    @Enumerated(EnumType.STRING)
    public Rag quality;
    @Column(name = "percent_complete")
    public int percentComplete;
    public String summary;
    public String accomplishments;
    @Column(name = "next_steps")
    public String nextSteps;
    public String blockers;
    @Enumerated(EnumType.STRING)
    public StatusSource source;
    @Column(name = "reported_by")
    public String reportedBy;
}
