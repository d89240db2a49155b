package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A project's need for someone in a role with some skills, for some hours a week over a period. */
@Entity
@Table(name = "resource_request")
public class ResourceRequest extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    public String role;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_request_skill", joinColumns = @JoinColumn(name = "request_id"))
    public List<RequiredSkill> requiredSkills = new ArrayList<>();
    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Enumerated(EnumType.STRING)
    public RequestPriority priority;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Column(name = "filled_allocation_id")
    public UUID filledAllocationId;
    /** The CRM demand line of a won opportunity this request was opened for; null for requests people opened. */
    @Column(name = "demand_line_id")
    public String demandLineId;
}
