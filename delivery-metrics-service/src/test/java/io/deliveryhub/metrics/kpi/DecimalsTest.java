package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void takesTheMiddleOfAnOddCount() {
        assertThat(Decimals.median(List.of(bd("9"), bd("1"), bd("4")))).isEqualByComparingTo("4");
    }

    @Test
    void takesTheMeanOfTheTwoMiddleValuesOfAnEvenCount() {
        assertThat(Decimals.median(List.of(bd("10"), bd("1"), bd("2"), bd("7")))).isEqualByComparingTo("4.5");
    }

    @Test
    void hasNoMedianOfNothing() {
        assertThat(Decimals.median(List.of())).isNull();
    }

    @Test
    void dividesByZeroOrUnknownIntoUnknown() {
        assertThat(Decimals.divide(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Decimals.divide(BigDecimal.ONE, null)).isNull();
        assertThat(Decimals.divide(null, BigDecimal.ONE)).isNull();
        assertThat(Decimals.subtract(null, BigDecimal.ONE)).isNull();
        assertThat(Decimals.multiply(BigDecimal.ONE, null)).isNull();
    }

    @Test
    void roundsHalfEvenToTwoOrThreeDecimals() {
        assertThat(Decimals.money(bd("0.125"))).isEqualTo("0.12");
        assertThat(Decimals.money(bd("0.135"))).isEqualTo("0.14");
        assertThat(Decimals.ratio(bd("0.0625"))).isEqualTo("0.062");
        assertThat(Decimals.ratio(bd("0.0635"))).isEqualTo("0.064");
        assertThat(Decimals.money(null)).isNull();
    }

    @Test
    void measuresDurationsInFractionalHours() {
        assertThat(Decimals.hours(Duration.ofMinutes(90))).isEqualByComparingTo("1.5");
        assertThat(Decimals.hours(Duration.ofMinutes(-30))).isEqualByComparingTo("-0.5");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
