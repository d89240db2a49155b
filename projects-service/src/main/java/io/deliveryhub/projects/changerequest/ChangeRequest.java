package io.deliveryhub.projects.changerequest;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "change_request")
public class ChangeRequest extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    public String title;
    public String scope;
    @Column(name = "budget_delta_amount")
    public BigDecimal budgetDeltaAmount;
    @Column(name = "budget_delta_currency")
    public String budgetDeltaCurrency;
    @Column(name = "budget_hours_delta")
    public BigDecimal budgetHoursDelta;
    @Column(name = "schedule_delta_days")
    public int scheduleDeltaDays;
    @Enumerated(EnumType.STRING)
    public ChangeRequestStatus status;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** The baseline version an approval created; null before activation, when it changed the plan directly. */
    @Column(name = "baseline_version")
    public Integer baselineVersion;
}
