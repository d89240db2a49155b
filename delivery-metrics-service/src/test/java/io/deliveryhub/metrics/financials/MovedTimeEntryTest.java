package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A time entry's event names the project it is on now: when the entry leaves a project (moved to another, or deleted
 * from the read model as a replay that deletes and inserts would), the project it left has its kept financials
 * computed again as well. Each project has a delivery manager of its own, so that the portfolio filtered by them
 * reads one project's kept figures.
 */
@QuarkusTest
class MovedTimeEntryTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio/financials?asOf=2026-03-31&deliveryManagerId=";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    EntityManager entityManager;

    @Test
    void anEntryMovedToAnotherProjectLeavesTheFirstOnesFigures() {
        UUID person = UUID.randomUUID();
        MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), "60.00", "100.00", "EUR");
        UUID firstManager = UUID.randomUUID();
        UUID secondManager = UUID.randomUUID();
        UUID first = project(firstManager);
        UUID second = project(secondManager);
        UUID moved = UUID.randomUUID();
        publish(TIME_ENTRY_RECORDED, first, timeEntry(TIME_ENTRY_RECORDED, moved, 1, first, person, MARCH_2, 8,
                "480.00", true, "APPROVED"));
        publish(TIME_ENTRY_RECORDED, second, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, second, person,
                MARCH_2.plusDays(1), 4, "240.00", true, "APPROVED"));
        awaitActual(firstManager, "800.00", "480.00");
        awaitActual(secondManager, "400.00", "240.00");

        // the update is keyed by the project the entry is on now
        publish(TIME_ENTRY_UPDATED, second, timeEntry(TIME_ENTRY_UPDATED, moved, 2, second, person, MARCH_2, 8,
                "480.00", true, "APPROVED"));
        awaitActual(firstManager, "0.00", "0.00");
        awaitActual(secondManager, "1200.00", "720.00");
    }

    @Test
    void anEntryDeletedFromTheReadModelLeavesItsProjectsFigures() {
        UUID person = UUID.randomUUID();
        MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), "60.00", "100.00", "EUR");
        UUID manager = UUID.randomUUID();
        UUID project = project(manager);
        UUID deleted = UUID.randomUUID();
        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, deleted, 1, project, person, MARCH_2, 8,
                "480.00", true, "APPROVED"));
        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                MARCH_2.plusDays(1), 2, "120.00", true, "APPROVED"));
        awaitActual(manager, "1000.00", "600.00");

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from project_time_entry where id = :id").setParameter("id", deleted)
                .executeUpdate());
        awaitActual(manager, "200.00", "120.00");
    }

    private static UUID project(UUID deliveryManager) {
        UUID project = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", LocalDate.of(2026, 3, 31), null, UUID.randomUUID(),
                deliveryManager);
        return project;
    }

    private static void awaitActual(UUID deliveryManager, String revenue, String cost) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .get(PORTFOLIO + deliveryManager).then().statusCode(200)
                .body("projects", is(1), "actual.revenue", is(revenue), "actual.cost", is(cost)));
    }
}
