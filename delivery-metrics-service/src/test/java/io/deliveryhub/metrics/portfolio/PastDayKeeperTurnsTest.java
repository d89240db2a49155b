package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.metrics.LockWaits;
import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The day keeper computes a past day in that day's turn only: a read of today that must compute a changed project's
 * financials goes on while the keeper is in the middle of a past day's.
 */
@QuarkusTest
class PastDayKeeperTurnsTest {

    private static final LocalDate PAST_DAY = LocalDate.of(2026, 11, 20);

    @Inject
    PastDayKeeper keeper;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReadOfTodayGoesOnWhileTheKeeperComputesAPastDay() throws Exception {
        UUID manager = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.bookedProject(project, manager, LocalDate.of(2027, 6, 30), person, LocalDate.of(2026, 11, 2));
        awaitTodaysRevenue(manager, "720.00");

        try (Connection writing = dataSource.getConnection()) {
            // the project's row of the past day, written and not committed: the keeper's write of it waits
            writing.setAutoCommit(false);
            holdRow(writing, project);
            CompletableFuture<Void> keeping = CompletableFuture.runAsync(() -> keeper.keep(PAST_DAY, PAST_DAY));
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> LockWaits.waiting(dataSource, "") > 0);

            MoneyFeed.bookDay(project, person, LocalDate.of(2026, 11, 3));
            awaitTodaysRevenue(manager, "1440.00");
            assertThat(keeping).as("the keeper still in the past day").isNotDone();

            writing.rollback();
            keeping.get(120, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static void awaitTodaysRevenue(UUID manager, String revenue) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Api.as(HEAD_OF_DELIVERY)
                .get("/api/v1/metrics/portfolio/financials?deliveryManagerId=" + manager).then().statusCode(200)
                .extract().jsonPath().getString("actual.revenue")).isEqualTo(revenue));
    }

    private static void holdRow(Connection connection, UUID project) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into project_financials (as_of, project_id, actual_revenue, actual_cost, forecast_revenue,
                    forecast_cost, unconverted, months, month_actual_revenue, month_actual_cost,
                    month_forecast_revenue, month_forecast_cost, facts_version, firm_version, computed_at)
                values (?, ?, 0, 0, 0, 0, 0, '{}', '{}', '{}', '{}', '{}', 0, 0, now())""")) {
            insert.setObject(1, PAST_DAY);
            insert.setObject(2, project);
            insert.executeUpdate();
        }
    }
}
