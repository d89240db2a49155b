package io.deliveryhub.metrics.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private final ExchangeRates rates = new ExchangeRates("EUR")
            .with("USD", LocalDate.of(2026, 1, 1), new BigDecimal("0.9200000000"))
            .with("USD", LocalDate.of(2026, 3, 1), new BigDecimal("0.9000000000"))
            .with("GBP", LocalDate.of(2026, 1, 1), new BigDecimal("1.1500000000"));

    @Test
    void convertsTheBaseCurrencyAtOneWhateverTheDay() {
        assertThat(rates.toBase("EUR", LocalDate.of(1999, 1, 1))).contains(BigDecimal.ONE);
    }

    @Test
    void takesTheRateInForceOnTheDay() {
        assertThat(rates.convert(new BigDecimal("100"), "USD", "EUR", LocalDate.of(2026, 2, 28)))
                .hasValueSatisfying(eur -> assertThat(eur).isEqualByComparingTo("92"));
        assertThat(rates.convert(new BigDecimal("100"), "USD", "EUR", LocalDate.of(2026, 3, 1)))
                .hasValueSatisfying(eur -> assertThat(eur).isEqualByComparingTo("90"));
    }

    @Test
    void convertsBetweenTwoForeignCurrenciesThroughTheBase() {
        assertThat(rates.convert(new BigDecimal("115"), "GBP", "USD", LocalDate.of(2026, 3, 1)))
                .hasValueSatisfying(usd -> assertThat(usd.setScale(4, java.math.RoundingMode.HALF_EVEN))
                        .isEqualByComparingTo("146.9444"));
    }

    @Test
    void answersNothingBeforeTheFirstRateOrForAnUnknownCurrency() {
        assertThat(rates.convert(BigDecimal.TEN, "USD", "EUR", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(rates.convert(BigDecimal.TEN, "CHF", "EUR", LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(rates.convert(BigDecimal.TEN, "EUR", "CHF", LocalDate.of(2026, 3, 1))).isEmpty();
    }
}
