package io.deliveryhub.resources.allocation;

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
@Table(name = "allocation")
public class Allocation extends VersionedAggregate {

    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "placeholder_role")
    public String placeholderRole;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;
    @Enumerated(EnumType.STRING)
    public Booking booking;
    public boolean billable;
    @Column(name = "bill_rate_amount")
    public BigDecimal billRateAmount;
    @Column(name = "bill_rate_currency")
    public String billRateCurrency;
    @Column(name = "cost_rate_amount")
    public BigDecimal costRateAmount;
    @Column(name = "cost_rate_currency")
    public String costRateCurrency;
    @Enumerated(EnumType.STRING)
    public AllocationStatus status;
    /** JSON array of {@link OverbookedWeek}; null when the booking overbooked no week. */
    @Column(name = "overallocated_weeks")
    public String overallocatedWeeks;
}
