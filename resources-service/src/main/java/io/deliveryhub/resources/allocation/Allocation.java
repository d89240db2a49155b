package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "allocation")
public class Allocation extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    @Embedded
    public AllocationTerms terms = new AllocationTerms();
    @Enumerated(EnumType.STRING)
    public AllocationStatus status;
    /** JSON array of {@link OverbookedWeek}; null when the booking overbooked no week. */
    @Column(name = "overallocated_weeks")
    public String overallocatedWeeks;
}
