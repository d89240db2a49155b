package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "time_entry")
public class TimeEntry extends VersionedAggregate {

    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "entry_date")
    public LocalDate date;
    public BigDecimal hours;
    public boolean billable;
    public String description;
    @Column(name = "external_system")
    public String externalSystem;
    @Column(name = "external_id")
    public String externalId;
    @Enumerated(EnumType.STRING)
    public TimeEntryStatus status;
    @Column(name = "cost_amount")
    public BigDecimal costAmount;
    @Column(name = "cost_currency")
    public String costCurrency;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
}
