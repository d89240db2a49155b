package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "milestone")
public class Milestone extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public BigDecimal weight;
    @Column(name = "billing_amount")
    public BigDecimal billingAmount;
    @Column(name = "billing_currency")
    public String billingCurrency;
    @Column(name = "acceptance_criteria")
    public String acceptanceCriteria;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Column(name = "waived_reason")
    public String waivedReason;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "accepted_by")
    public String acceptedBy;
}
