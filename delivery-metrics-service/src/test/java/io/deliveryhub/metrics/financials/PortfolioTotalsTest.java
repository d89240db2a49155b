package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The portfolio's totals are kept in memory while nothing moves, and added up again once a fact does. */
@QuarkusTest
class PortfolioTotalsTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    PortfolioTotals totals;

    @Test
    void keepsTheTotalsUntilAFactMoves() {
        UUID manager = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", MARCH_31, null, UUID.randomUUID(), manager);
        MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), "60.00", "100.00", "EUR");
        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                LocalDate.of(2026, 3, 2), 8, "480.00", true, "APPROVED"));
        ProjectFilter filter = new ProjectFilter(manager, null, null);
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                totals.of(MARCH_31, filter, true).sums().actualRevenue()).isEqualByComparingTo("800"));

        // once the other tests' events are applied, a read finds what the previous one added up
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(totals.of(MARCH_31, filter, true))
                .isSameAs(totals.of(MARCH_31, filter, true)));

        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                LocalDate.of(2026, 3, 3), 4, "240.00", true, "APPROVED"));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            RunningTotals moved = totals.of(MARCH_31, filter, true);
            assertThat(moved.sums().actualRevenue()).isEqualByComparingTo(new BigDecimal("1200"));
            assertThat(moved.sums().actualCost()).isEqualByComparingTo(new BigDecimal("720"));
            assertThat(moved.months()).singleElement()
                    .satisfies(month -> assertThat(month.amounts().actualCost()).isEqualByComparingTo("720"));
        });
    }
}
