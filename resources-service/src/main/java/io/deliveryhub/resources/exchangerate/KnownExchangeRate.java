package io.deliveryhub.resources.exchangerate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rate to the base currency as projects-service last announced it for its currency and day. */
@Entity
@Table(name = "exchange_rate")
public class KnownExchangeRate extends PanacheEntityBase {

    /** A currency's rate is set once per day; setting it again replaces it. */
    @Embeddable
    public record Key(String currency, @Column(name = "effective_from") LocalDate effectiveFrom) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "rate_to_base")
    public BigDecimal rateToBase;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
