package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an allocation books, as stored: a person or a placeholder role, the period, hours a week, SOFT or HARD, and
 * billing. A live allocation and a scenario's change to one hold the same columns, so they share this.
 */
@Embeddable
public class AllocationTerms {

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

    public Money billRate() {
        return money(billRateAmount, billRateCurrency);
    }

    public Money costRate() {
        return money(costRateAmount, costRateCurrency);
    }

    public AllocationFields fields() {
        return new AllocationFields(personId, placeholderRole, fromDate, toDate, hoursPerWeek, booking, billable,
                billRate(), costRate());
    }

    public void write(AllocationFields fields) {
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

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }
}
