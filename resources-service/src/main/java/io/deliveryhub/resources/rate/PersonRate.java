package io.deliveryhub.resources.rate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's cost rate and default bill rate per hour from a date on. Rows are never changed: a new
 * rate is a new row, so the history answers "what did an hour cost on that day" for any day.
 */
@Entity
@Table(name = "person_rate")
public class PersonRate extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "cost_rate")
    public BigDecimal costRate;
    @Column(name = "bill_rate")
    public BigDecimal billRate;
    public String currency;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
