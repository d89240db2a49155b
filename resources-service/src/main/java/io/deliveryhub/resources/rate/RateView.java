package io.deliveryhub.resources.rate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deliveryhub.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate; {@code costRate} is left out for callers who may not see cost rates (docs/access.md#object-level-rules). */
@Schema(name = "Rate")
public record RateView(UUID id, UUID personId, LocalDate effectiveFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "only for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN") Money costRate,
        Money billRate, Instant createdAt, String createdBy) {

    public static RateView of(PersonRate rate) {
        return new RateView(rate.id, rate.personId, rate.effectiveFrom, Money.of(rate.costRate, rate.currency),
                rate.billRate == null ? null : Money.of(rate.billRate, rate.currency), rate.createdAt, rate.createdBy);
    }

    public RateView withoutCost() {
        return new RateView(id, personId, effectiveFrom, null, billRate, createdAt, createdBy);
    }
}
