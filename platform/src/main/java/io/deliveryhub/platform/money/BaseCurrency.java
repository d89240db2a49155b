package io.deliveryhub.platform.money;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's base currency, in which portfolio figures are given. Amounts may be in any other currency as
 * long as an exchange rate to the base is in force on the day they are for (docs/money.md), so they are never mixed.
 */
@ApplicationScoped
public class BaseCurrency {

    private final String code;

    public BaseCurrency(@ConfigProperty(name = "deliveryhub.currency", defaultValue = "EUR") String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean is(String currency) {
        return code.equals(currency);
    }

    /** The rate in force on {@code day}: 1 for the base currency itself, else the looked-up one (422 when none). */
    public BigDecimal rateToBase(String currency, LocalDate day, ExchangeRateLookup rates, String field) {
        if (is(currency)) {
            return BigDecimal.ONE;
        }
        return rates.rateToBase(currency, day).orElseThrow(() -> new ExchangeRateMissing(field, currency, day));
    }

    /** Refuses (422 {@code exchange-rate-missing}) an amount that could not be converted on {@code day}. */
    public Money requireConvertible(Money money, LocalDate day, ExchangeRateLookup rates, String field) {
        if (money != null) {
            rateToBase(money.currency(), day, rates, field);
        }
        return money;
    }

    /** The amount in the base currency at the rate in force on {@code day}, to the cent (half-even). */
    public Money toBase(Money money, LocalDate day, ExchangeRateLookup rates) {
        BigDecimal rate = rateToBase(money.currency(), day, rates, "amount");
        return new Money(money.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), code);
    }
}
