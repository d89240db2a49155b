package io.deliveryhub.projects.ratecard;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of a project's rate card: from {@code effectiveFrom} on, the person's hours on this project bill at
 * {@code billRate} instead of their default bill rate, until their next entry on the project. Entries are added or
 * removed, never changed.
 */
@Entity
@Table(name = "project_rate")
public class ProjectRate extends VersionedAggregate {

    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "bill_amount")
    public BigDecimal billAmount;
    @Column(name = "bill_currency")
    public String billCurrency;
    @Column(name = "created_by")
    public String createdBy;

    public Money billRate() {
        return Money.of(billAmount, billCurrency);
    }
}
