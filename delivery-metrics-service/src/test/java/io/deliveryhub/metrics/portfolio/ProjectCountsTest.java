package io.deliveryhub.metrics.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectCountsTest {

    @Test
    void listsEveryLifecycleStatusInOrderWithZeroWhereNone() {
        ProjectCounts counts = ProjectCounts.of(Map.of("ACTIVE", 6L, "PROPOSED", 2L));

        assertThat(counts.byStatus()).containsExactly(entry("PROPOSED", 2L), entry("PLANNING", 0L),
                entry("ACTIVE", 6L), entry("ON_HOLD", 0L), entry("COMPLETED", 0L), entry("CLOSED", 0L),
                entry("CANCELLED", 0L));
        assertThat(counts.total()).isEqualTo(8);
    }

    @Test
    void countsAnEmptyPortfolioAsZeroEverywhere() {
        ProjectCounts counts = ProjectCounts.of(Map.of());

        assertThat(counts.total()).isZero();
        assertThat(counts.byStatus()).hasSize(7).allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Test
    void keepsAStatusItDoesNotKnowYetAfterTheLifecycleSoTheTotalAddsUp() {
        ProjectCounts counts = ProjectCounts.of(Map.of("ACTIVE", 1L, "ARCHIVED", 2L, "AWAITING_PO", 1L));

        assertThat(counts.byStatus().keySet()).endsWith("CANCELLED", "ARCHIVED", "AWAITING_PO");
        assertThat(counts.byStatus()).contains(entry("ARCHIVED", 2L));
        assertThat(counts.total()).isEqualTo(4);
    }
}
