package io.deliveryhub.resources.exchangerate;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.money.ExchangeRateLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The exchange rates projects-service owns, learnt from its {@code deliveryhub.exchange-rate.set.v1} events: what
 * resources-service checks amounts in other currencies against.
 */
@ApplicationScoped
public class KnownExchangeRates implements ExchangeRateLookup {

    static final String SET = "deliveryhub.exchange-rate.set.v1";

    /** Whether the event is one this read model keeps. */
    public static boolean reads(IncomingEvent event) {
        return SET.equals(event.type());
    }

    /** A rate newer than the one held for its currency and day replaces it; an older or equal one is stale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!reads(event)) {
            return;
        }
        JsonNode state = event.state();
        KnownExchangeRate.Key key = new KnownExchangeRate.Key(state.get("currency").asText(),
                LocalDate.parse(state.get("effectiveFrom").asText()));
        KnownExchangeRate rate = KnownExchangeRate.findById(key);
        if (rate == null) {
            rate = new KnownExchangeRate();
            rate.key = key;
        } else if (rate.version >= event.version()) {
            return;
        }
        rate.rateToBase = new BigDecimal(state.get("rateToBase").asText());
        rate.version = event.version();
        rate.updatedAt = event.time();
        rate.persist();
    }

    @Override
    public Optional<BigDecimal> rateToBase(String currency, LocalDate day) {
        return KnownExchangeRate.find("select r.rateToBase from KnownExchangeRate r where r.key.currency = ?1"
                + " and r.key.effectiveFrom <= ?2 order by r.key.effectiveFrom desc", currency, day)
                .project(BigDecimal.class).firstResultOptional();
    }
}
