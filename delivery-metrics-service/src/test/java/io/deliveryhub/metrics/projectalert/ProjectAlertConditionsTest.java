package io.deliveryhub.metrics.projectalert;

import static io.deliveryhub.metrics.projectalert.ProjectAlertConditions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProjectAlertConditionsTest {

    private static final BigDecimal POINT_NINE = new BigDecimal("0.9");
    private static final BigDecimal POINT_EIGHT = new BigDecimal("0.8");

    @Test
    void onlyARedRagIsRed() {
        assertThat(isRed("RED")).isTrue();
        assertThat(isRed("AMBER")).isFalse();
        assertThat(isRed("GREEN")).isFalse();
        assertThat(isRed(null)).isFalse();
        assertThat(isRed("red")).isFalse();
    }

    @Test
    void anIndexIsBelowOnlyStrictlyUnderTheThreshold() {
        assertThat(isBelow(new BigDecimal("0.899"), POINT_NINE)).isTrue();
        assertThat(isBelow(new BigDecimal("0.900"), POINT_NINE)).isFalse();
        assertThat(isBelow(new BigDecimal("1.250"), POINT_NINE)).isFalse();
        assertThat(isBelow(BigDecimal.ZERO, POINT_NINE)).isTrue();
    }

    @Test
    void anUnknownIndexIsNeverBelow() {
        assertThat(isBelow(null, POINT_NINE)).isFalse();
    }

    @Test
    void burnAtTheThresholdWithProgressUnderItsThresholdIsAheadOfProgress() {
        assertThat(burnsAheadOfProgress(new BigDecimal("0.900"), new BigDecimal("0.799"), POINT_NINE, POINT_EIGHT))
                .isTrue();
        assertThat(burnsAheadOfProgress(new BigDecimal("1.100"), BigDecimal.ZERO, POINT_NINE, POINT_EIGHT)).isTrue();
    }

    @Test
    void burnUnderItsThresholdOrProgressAtItsThresholdIsNot() {
        assertThat(burnsAheadOfProgress(new BigDecimal("0.899"), BigDecimal.ZERO, POINT_NINE, POINT_EIGHT)).isFalse();
        assertThat(burnsAheadOfProgress(new BigDecimal("0.950"), new BigDecimal("0.800"), POINT_NINE, POINT_EIGHT))
                .isFalse();
    }

    @Test
    void unknownBurnOrProgressIsNotAheadOfProgress() {
        assertThat(burnsAheadOfProgress(null, BigDecimal.ZERO, POINT_NINE, POINT_EIGHT)).isFalse();
        assertThat(burnsAheadOfProgress(BigDecimal.ONE, null, POINT_NINE, POINT_EIGHT)).isFalse();
    }
}
