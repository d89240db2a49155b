package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.deliveryhub.testkit.PostgresServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Time entries are the facts of AC: a consumer whose database goes away for longer than it used to retry (2 s, then
 * the event was dead-lettered and lost from AC until a rebuild) waits, and applies every one once it is back.
 */
@QuarkusTest
class TimeEntriesThroughADatabaseOutageTest {

    private static final int ENTRIES = 10;

    @AfterEach
    void databaseIsBack() {
        PostgresServer postgres = DeliveryHubTestResource.postgres();
        if (!postgres.isRunning()) {
            postgres.restart();
        }
    }

    @Test
    void appliesEveryTimeEntryPublishedWhileTheDatabaseWasAwayOnceAndDeadLettersNone() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        DeliveryHubTestResource.postgres().stop();
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            events.add(publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1,
                    project, person, LocalDate.of(2026, 3, 2 + i % 5), 1, "90.00", true, "SUBMITTED")));
        }
        Awaitility.await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(20))
                .until(() -> RestAssured.given().get("/q/health/ready").statusCode() == 503);
        DeliveryHubTestResource.postgres().restart();

        events.forEach(io.deliveryhub.metrics.ResourceFeed::awaitHandled);
        assertThat(((Number) single("select count(*) from project_time_entry where project_id = ?1", project))
                .intValue()).isEqualTo(ENTRIES);
        assertThat((BigDecimal) single("select sum(cost_amount) from project_time_entry where project_id = ?1", project))
                .isEqualByComparingTo("900.00");
        Api.as(ADMIN).queryParam("topic", Topics.RESOURCES).queryParam("size", 500)
                .get("/api/v1/admin/metrics/dead-letters")
                .then().statusCode(200).body("items.findAll { it.key == '" + project + "' }", empty());
    }

    private static Object single(String sql, UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager().createNativeQuery(sql)
                .setParameter(1, project).getSingleResult());
    }
}
