package io.deliveryhub.projects.exchangerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRateRulesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void acceptsPositiveRatesOfUpToTenFractionDigits() {
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("1.0850"))).isEmpty();
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("0.0000000001"))).isEmpty();
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("999999999999.9999999999"))).isEmpty();
        // trailing zeros beyond ten places say nothing more
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("1.000000000000"))).isEmpty();
    }

    @Test
    void refusesMissingZeroNegativeAndTooPreciseRates() {
        assertThat(ExchangeRateRules.rateRefusal(null)).contains("must not be null");
        assertThat(ExchangeRateRules.rateRefusal(BigDecimal.ZERO)).contains("must be greater than 0");
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("-1.2"))).contains("must be greater than 0");
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("1.00000000001"))).get().asString()
                .contains("10 fraction digits");
        assertThat(ExchangeRateRules.rateRefusal(new BigDecimal("1000000000000"))).get().asString()
                .contains("12 integer");
    }

    @Test
    void knowsAnIsoCodeByItsShape() {
        assertThat(ExchangeRateRules.isCurrencyCode("USD")).isTrue();
        assertThat(Arrays.asList("usd", "US", "USDX", "U$D", "", null))
                .allSatisfy(code -> assertThat(ExchangeRateRules.isCurrencyCode(code)).isFalse());
    }

    @Test
    void listsEveryProblemOfEveryItemWithItsIndex() {
        List<BulkExchangeRatesRequest.Item> items = Arrays.asList(
                item("USD", JAN_1, "0.92"),
                item("usd", null, "0"),
                null,
                item("EUR", JAN_1, "1"),
                item("USD", JAN_1, "0.93"));
        assertThat(ExchangeRateRules.errors(items, "EUR")).containsExactly(
                new ExchangeRateRules.ItemError(1, "currency", "must be an ISO 4217 code such as USD"),
                new ExchangeRateRules.ItemError(1, "effectiveFrom", "must not be null"),
                new ExchangeRateRules.ItemError(1, "rateToBase", "must be greater than 0"),
                new ExchangeRateRules.ItemError(2, "item", "must not be null"),
                new ExchangeRateRules.ItemError(3, "currency", ExchangeRateRules.baseRefusal("EUR")),
                new ExchangeRateRules.ItemError(4, "effectiveFrom", "repeats item 0 (same currency and date)"));
    }

    @Test
    void aCleanListHasNoErrors() {
        assertThat(ExchangeRateRules.errors(List.of(item("USD", JAN_1, "0.92"), item("USD", JAN_1.plusDays(1), "0.93"),
                item("GBP", JAN_1, "1.165")), "EUR")).isEmpty();
    }

    private static BulkExchangeRatesRequest.Item item(String currency, LocalDate day, String rate) {
        return new BulkExchangeRatesRequest.Item(currency, day, new BigDecimal(rate));
    }
}
