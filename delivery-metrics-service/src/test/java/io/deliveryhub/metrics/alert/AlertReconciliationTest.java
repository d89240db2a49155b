package io.deliveryhub.metrics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertReconciliationTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void raisesAnAlertForANewBreach() {
        AlertReconciliation changes = AlertReconciliation.of(Set.of(), List.of(breach(A)));

        assertThat(changes.toRaise()).extracting(Breach::subjectId).containsExactly(A);
        assertThat(changes.toResolve()).isEmpty();
    }

    @Test
    void keepsTheActiveAlertOfASubjectStillInBreach() {
        AlertReconciliation changes = AlertReconciliation.of(Set.of(A), List.of(breach(A)));

        assertThat(changes.toRaise()).isEmpty();
        assertThat(changes.toResolve()).isEmpty();
    }

    @Test
    void resolvesTheAlertOfASubjectThatNoLongerBreaches() {
        AlertReconciliation changes = AlertReconciliation.of(Set.of(A, B), List.of(breach(B), breach(C)));

        assertThat(changes.toRaise()).extracting(Breach::subjectId).containsExactly(C);
        assertThat(changes.toResolve()).containsExactly(A);
    }

    @Test
    void raisesOneAlertForASubjectReportedTwice() {
        AlertReconciliation changes = AlertReconciliation.of(Set.of(), List.of(breach(A), breach(A)));

        assertThat(changes.toRaise()).hasSize(1);
    }

    @Test
    void resolvesEverythingWhenNothingBreaches() {
        assertThat(AlertReconciliation.of(Set.of(A, B), List.of()).toResolve()).containsExactlyInAnyOrder(A, B);
    }

    private static Breach breach(UUID subject) {
        return new Breach("TEST_RULE", subject, subject, "breached", BigDecimal.ONE, BigDecimal.ZERO);
    }
}
