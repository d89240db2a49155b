package io.deliveryhub.metrics.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectCountsTest {

    @Test
    void listsTheStatusesProjectsAreInByNameWithATotalThatAddsUp() {
        ProjectCounts counts = ProjectCounts.of(Map.of("PROPOSED", 2L, "ACTIVE", 6L, "AWAITING_PO", 1L));

        assertThat(counts.byStatus()).containsExactly(entry("ACTIVE", 6L), entry("AWAITING_PO", 1L),
                entry("PROPOSED", 2L));
        assertThat(counts.total()).isEqualTo(9);
    }

    @Test
    void countsAnEmptyPortfolioAsNoStatusAndZero() {
        ProjectCounts counts = ProjectCounts.of(Map.of());

        assertThat(counts.total()).isZero();
        assertThat(counts.byStatus()).isEmpty();
    }
}
