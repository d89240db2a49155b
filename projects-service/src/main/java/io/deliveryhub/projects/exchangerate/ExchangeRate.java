package io.deliveryhub.projects.exchangerate;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** From {@code effectiveFrom} on, one unit of {@code currency} is worth {@code rateToBase} units of the base currency. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends VersionedAggregate {

    public String currency;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "rate_to_base")
    public BigDecimal rateToBase;
    @Column(name = "updated_by")
    public String updatedBy;
}
