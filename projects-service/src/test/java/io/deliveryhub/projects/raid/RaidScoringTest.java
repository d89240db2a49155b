package io.deliveryhub.projects.raid;

import static io.deliveryhub.projects.raid.EscalationLevel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RaidScoringTest {

    @Test
    void scoresEveryCombinationAsProbabilityTimesImpact() {
        for (int probability = 1; probability <= 5; probability++) {
            for (int impact = 1; impact <= 5; impact++) {
                assertThat(RaidScoring.score(probability, impact)).isEqualTo(probability * impact);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "0,3", "6,3", "3,0", "3,6" })
    void refusesValuesOffTheOneToFiveScale(int probability, int impact) {
        assertThatThrownBy(() -> RaidScoring.score(probability, impact)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = RaidStatus.class, names = { "OPEN", "IN_PROGRESS" })
    void escalatesALiveRiskScoringFifteenOrMoreToTheDeliveryManager(RaidStatus status) {
        assertThat(RaidScoring.escalation(RaidType.RISK, status, 15, PROJECT)).isEqualTo(DELIVERY_MANAGER);
        assertThat(RaidScoring.escalation(RaidType.RISK, status, 25, PROJECT)).isEqualTo(DELIVERY_MANAGER);
    }

    @Test
    void leavesARiskBelowFifteenWhereItIs() {
        assertThat(RaidScoring.escalation(RaidType.RISK, RaidStatus.OPEN, 14, PROJECT)).isEqualTo(PROJECT);
        assertThat(RaidScoring.escalation(RaidType.RISK, RaidStatus.OPEN, 12, DELIVERY_MANAGER))
                .isEqualTo(DELIVERY_MANAGER);
    }

    @Test
    void neverLowersAnExplicitlyHigherLevel() {
        assertThat(RaidScoring.escalation(RaidType.RISK, RaidStatus.OPEN, 20, HEAD_OF_DELIVERY))
                .isEqualTo(HEAD_OF_DELIVERY);
    }

    @ParameterizedTest
    @EnumSource(value = RaidStatus.class, names = { "MITIGATED", "RESOLVED", "CLOSED" })
    void doesNotEscalateARiskThatIsNoLongerLive(RaidStatus status) {
        assertThat(RaidScoring.escalation(RaidType.RISK, status, 25, PROJECT)).isEqualTo(PROJECT);
    }

    @ParameterizedTest
    @EnumSource(value = RaidType.class, names = { "ASSUMPTION", "ISSUE", "DEPENDENCY" })
    void escalatesOnlyRisks(RaidType type) {
        assertThat(RaidScoring.escalation(type, RaidStatus.OPEN, 25, PROJECT)).isEqualTo(PROJECT);
    }
}
