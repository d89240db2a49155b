package io.deliveryhub.projects.raid;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "raid_item")
public class RaidItem extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public RaidType type;
    public String title;
    public String description;
    public int probability;
    public int impact;
    public int score;
    public String owner;
    public String mitigation;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public RaidStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level")
    public EscalationLevel escalationLevel;
}
