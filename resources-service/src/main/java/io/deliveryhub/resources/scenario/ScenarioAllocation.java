package io.deliveryhub.resources.scenario;

import io.deliveryhub.resources.allocation.AllocationFields;
import io.deliveryhub.resources.allocation.AllocationTerms;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A scenario's change to one allocation, with the allocation's fields as the scenario has them. */
@Entity
@Table(name = "scenario_allocation")
public class ScenarioAllocation extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public AllocationChangeKind change;
    @Column(name = "based_on_version")
    public Long basedOnVersion;
    @Column(name = "project_id")
    public UUID projectId;
    @Embedded
    public AllocationTerms terms = new AllocationTerms();
    @Column(name = "created_at")
    public Instant createdAt;
    /** One more with every change to this change; its ETag. */
    public long version;

    @Embeddable
    public record Key(@Column(name = "scenario_id") UUID scenarioId, @Column(name = "allocation_id") UUID allocationId)
            implements Serializable {
    }

    AllocationFields fields() {
        return terms.fields();
    }

    void write(AllocationFields fields) {
        terms.write(fields);
    }

    PlanChange toChange() {
        return new PlanChange(key.allocationId(), change, basedOnVersion, new PlannedAllocation(key.allocationId(),
                terms.personId, terms.placeholderRole, projectId, terms.fromDate, terms.toDate, terms.hoursPerWeek,
                terms.booking, 1, true));
    }
}
