package io.deliveryhub.resources.scenario;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.resources.allocation.AllocationFields;
import io.deliveryhub.resources.allocation.Booking;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "placeholder_role")
    public String placeholderRole;
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
    @Column(name = "created_at")
    public Instant createdAt;
    /** One more with every change to this change; its ETag. */
    public long version;

    @Embeddable
    public record Key(@Column(name = "scenario_id") UUID scenarioId, @Column(name = "allocation_id") UUID allocationId)
            implements Serializable {
    }

    AllocationFields fields() {
        return new AllocationFields(personId, placeholderRole, fromDate, toDate, hoursPerWeek, booking, billable,
                money(billRateAmount, billRateCurrency), money(costRateAmount, costRateCurrency));
    }

    void write(AllocationFields fields) {
        personId = fields.personId();
        placeholderRole = fields.placeholderRole();
        fromDate = fields.from();
        toDate = fields.to();
        hoursPerWeek = fields.hoursPerWeek();
        booking = fields.booking();
        billable = fields.billable();
        billRateAmount = fields.billRate() == null ? null : fields.billRate().amount();
        billRateCurrency = fields.billRate() == null ? null : fields.billRate().currency();
        costRateAmount = fields.costRate() == null ? null : fields.costRate().amount();
        costRateCurrency = fields.costRate() == null ? null : fields.costRate().currency();
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    PlanChange toChange() {
        return new PlanChange(key.allocationId(), change, basedOnVersion, new PlannedAllocation(key.allocationId(),
                personId, placeholderRole, projectId, fromDate, toDate, hoursPerWeek, booking, 1, true));
    }
}
