package io.deliveryhub.resources.exchangerate;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Exchange rates are learnt from projects-service's events, the newest version of each currency and day winning. */
@QuarkusTest
class KnownExchangeRatesTest {

    private static final String SET = "deliveryhub.exchange-rate.set.v1";

    @Inject
    KnownExchangeRates rates;

    @Test
    void learnsARateAndAnswersTheRateInForceOnADay() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "0.9200000000");
        Fixtures.exchangeRate(currency, "2026-03-01", "0.9500000000");

        assertThat(rateOn(currency, "2025-12-31")).isEmpty();
        assertThat(rateOn(currency, "2026-01-01")).get().isEqualTo(new BigDecimal("0.9200000000"));
        assertThat(rateOn(currency, "2026-02-28")).get().isEqualTo(new BigDecimal("0.9200000000"));
        assertThat(rateOn(currency, "2030-01-01")).get().isEqualTo(new BigDecimal("0.9500000000"));
        assertThat(rateOn(Fixtures.newCurrency(), "2026-02-28")).isEmpty();
    }

    @Test
    void aNewerVersionReplacesTheRateAndAnOlderOneArrivingLateIsIgnored() {
        String currency = Fixtures.newCurrency();
        EventFeed.publish(Topics.PROJECTS, SET, currency, Fixtures.exchangeRateSet(currency, "2026-01-01", "0.9000000000", 1));
        EventFeed.publish(Topics.PROJECTS, SET, currency, Fixtures.exchangeRateSet(currency, "2026-01-01", "0.9300000000", 3));
        EventFeed.publish(Topics.PROJECTS, SET, currency, Fixtures.exchangeRateSet(currency, "2026-01-01", "0.9100000000", 2));
        // Same key, same partition: once this later one is applied, the stale one has been seen.
        Fixtures.exchangeRate(currency, "2026-06-01", "1.0000000000");

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> rateOn(currency, "2026-01-01").orElseThrow().compareTo(new BigDecimal("0.93")) == 0);
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownExchangeRate.<KnownExchangeRate> findById(
                new KnownExchangeRate.Key(currency, LocalDate.of(2026, 1, 1))).version)).isEqualTo(3);
    }

    private Optional<BigDecimal> rateOn(String currency, String day) {
        return QuarkusTransaction.requiringNew().call(() -> rates.rateToBase(currency, LocalDate.parse(day)));
    }
}
