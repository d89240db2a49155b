package io.deliveryhub.platform.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a service finds the exchange rate in force on a day: one unit of {@code currency} is worth the returned
 * number of units of the base currency. projects-service owns the rates; other services answer from what they learnt
 * from its {@code deliveryhub.exchange-rate.set.v1} events.
 */
@FunctionalInterface
public interface ExchangeRateLookup {

    /** The rate of the latest entry for the currency effective on or before {@code day}; empty when there is none. */
    Optional<BigDecimal> rateToBase(String currency, LocalDate day);
}
