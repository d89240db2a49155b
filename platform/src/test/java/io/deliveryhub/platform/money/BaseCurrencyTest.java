package io.deliveryhub.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.deliveryhub.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseCurrencyTest {

    private static final BaseCurrency EUR = new BaseCurrency("EUR");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    /** USD at 0.92 from 1 January, at 0.95 from 1 March; nothing else. */
    private static final ExchangeRateLookup RATES = (currency, day) -> !"USD".equals(currency) || day.isBefore(JAN_1)
            ? Optional.empty()
            : Optional.of(day.isBefore(LocalDate.of(2026, 3, 1)) ? new BigDecimal("0.92") : new BigDecimal("0.95"));
    private static final ExchangeRateLookup NONE = (currency, day) -> Optional.empty();

    @Test
    void theBaseCurrencyConvertsAtOneWithoutAnyRate() {
        assertThat(EUR.rateToBase("EUR", JAN_1, NONE, "budget")).isEqualByComparingTo("1");
        assertThat(EUR.toBase(money("12.34", "EUR"), JAN_1, NONE)).isEqualTo(money("12.34", "EUR"));
    }

    @Test
    void convertsAtTheRateInForceOnTheDay() {
        assertThat(EUR.toBase(money("1000.00", "USD"), LocalDate.of(2026, 2, 28), RATES)).isEqualTo(money("920.00", "EUR"));
        assertThat(EUR.toBase(money("1000.00", "USD"), LocalDate.of(2026, 3, 1), RATES)).isEqualTo(money("950.00", "EUR"));
    }

    @Test
    void roundsTheConvertedAmountHalfEvenToTheCent() {
        ExchangeRateLookup fine = (currency, day) -> Optional.of(new BigDecimal("1.0850000000"));
        // 0.10 × 1.085 = 0.1085 → 0.11; 0.30 × 1.085 = 0.3255 → 0.33 (half-even on the exact product)
        assertThat(EUR.toBase(money("0.10", "USD"), JAN_1, fine).amount()).isEqualByComparingTo("0.11");
        assertThat(EUR.toBase(money("0.30", "USD"), JAN_1, fine).amount()).isEqualByComparingTo("0.33");
        ExchangeRateLookup half = (currency, day) -> Optional.of(new BigDecimal("0.5"));
        assertThat(EUR.toBase(money("0.05", "USD"), JAN_1, half).amount()).isEqualByComparingTo("0.02");
        assertThat(EUR.toBase(money("0.07", "USD"), JAN_1, half).amount()).isEqualByComparingTo("0.04");
    }

    @Test
    void refusesAnAmountWithoutARateInForceNamingCurrencyAndDate() {
        LocalDate before = LocalDate.of(2025, 12, 31);
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> EUR.requireConvertible(money("10.00", "USD"), before, RATES, "budget"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.type()).isEqualTo("exchange-rate-missing");
        assertThat(refused.extensions()).isEqualTo(Map.of("currency", "USD", "date", "2025-12-31"));
        assertThat(refused.detail()).contains("budget", "USD", "2025-12-31");
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> EUR.requireConvertible(money("10.00", "GBP"), JAN_1, RATES, "budget")).extensions())
                .containsEntry("currency", "GBP");
    }

    @Test
    void acceptsNoAmountAndAnAmountWithARate() {
        assertThat(EUR.requireConvertible(null, JAN_1, NONE, "budget")).isNull();
        assertThat(EUR.requireConvertible(money("5.00", "USD"), JAN_1, RATES, "budget")).isEqualTo(money("5.00", "USD"));
    }

    @Test
    void anAmountMustBeInTheCurrencyItsOwnerAccountsIn() {
        assertThat(money("1.00", "USD").requireIn("USD", "budget")).isEqualTo(money("1.00", "USD"));
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> money("1.00", "USD").requireIn("EUR", "budget"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.type()).isEqualTo("currency-mismatch");
        assertThat(refused.detail()).isEqualTo("budget is in USD but must be in EUR");
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
