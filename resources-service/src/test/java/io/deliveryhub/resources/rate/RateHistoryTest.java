package io.deliveryhub.resources.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateHistoryTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    private static RateHistory history() {
        // Deliberately out of order: the history sorts itself.
        return new RateHistory(List.of(new RateHistory.Step(MAR, new BigDecimal("70.00"), null, "EUR"),
                new RateHistory.Step(JAN, new BigDecimal("60.00"), new BigDecimal("110.00"), "EUR")));
    }

    @Test
    void hasNoRateBeforeTheFirstOne() {
        assertThat(history().costRateOn(JAN.minusDays(1))).isEmpty();
        assertThat(history().costOf(BigDecimal.TEN, JAN.minusDays(1))).isEmpty();
        assertThat(new RateHistory(List.of()).costRateOn(JAN)).isEmpty();
    }

    @Test
    void aRateAppliesFromItsEffectiveDay() {
        assertThat(history().costRateOn(JAN)).contains(new BigDecimal("60.00"));
        assertThat(history().costRateOn(MAR)).contains(new BigDecimal("70.00"));
    }

    @Test
    void theLatestRateOnOrBeforeTheDayApplies() {
        assertThat(history().costRateOn(MAR.minusDays(1))).contains(new BigDecimal("60.00"));
        assertThat(history().costRateOn(LocalDate.of(2030, 1, 1))).contains(new BigDecimal("70.00"));
        assertThat(history().on(LocalDate.of(2026, 2, 10)).orElseThrow().billRate()).isEqualByComparingTo("110");
    }

    @Test
    void costsHoursToTheCentHalfEven() {
        RateHistory odd = new RateHistory(List.of(new RateHistory.Step(JAN, new BigDecimal("33.33"), null, "EUR")));
        assertThat(odd.costOf(new BigDecimal("0.25"), JAN)).contains(new Money(new BigDecimal("8.33"), "EUR"));
        assertThat(odd.costOf(new BigDecimal("1.5"), JAN)).contains(new Money(new BigDecimal("50.00"), "EUR"));
        RateHistory tie = new RateHistory(List.of(new RateHistory.Step(JAN, new BigDecimal("0.05"), null, "USD")));
        // in the rate's own currency, whatever the base
        assertThat(tie.costOf(new BigDecimal("0.5"), JAN)).contains(new Money(new BigDecimal("0.02"), "USD"));
        assertThat(history().costOf(new BigDecimal("7.5"), MAR)).contains(new Money(new BigDecimal("525.00"), "EUR"));
    }

    @Test
    void knowsWhenALaterRateTakesOver() {
        assertThat(history().supersededOn(JAN)).contains(MAR);
        assertThat(history().supersededOn(LocalDate.of(2026, 2, 1))).contains(MAR);
        assertThat(history().supersededOn(MAR)).isEmpty();
    }
}
