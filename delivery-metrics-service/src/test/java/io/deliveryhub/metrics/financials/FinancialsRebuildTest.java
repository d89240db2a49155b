package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The money read models are rebuilt from the topics with the others, and every figure comes back the same. */
@QuarkusTest
class FinancialsRebuildTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    EntityManager entityManager;

    @Test
    void reproducesEveryFigureAfterARebuild() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.exchangeRate("GBP", LocalDate.of(2026, 1, 1), "1.2000000000", 1);
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "GBP", LocalDate.of(2026, 4, 30), "20000.00",
                UUID.randomUUID(), UUID.randomUUID());
        MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), "60.00", "100.00", "GBP");
        MoneyFeed.rateCard(project, person, LocalDate.of(2026, 3, 4), "120.00", "GBP");
        for (int day = 2; day <= 6; day++) {
            var entry = timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                    LocalDate.of(2026, 3, day), 8, "480.00", true, "APPROVED");
            ((com.fasterxml.jackson.databind.node.ObjectNode) state(entry).get("cost")).put("currency", "GBP");
            publish(TIME_ENTRY_RECORDED, project, entry);
        }
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26), 20, "HARD"));
        String path = "/api/v1/metrics/projects/" + project + "/financials?asOf=2026-03-31";
        // 2 days at 100 and 3 at 120, 8 h each; the forecast at 120
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN).get(path).then().statusCode(200)
                .body("inProjectCurrency.actual.revenue", is("4480.00"),
                        "inProjectCurrency.forecast.revenue", is("7200.00"),
                        "inBaseCurrency.atCompletion.revenue", is("14016.00"),
                        "inProjectCurrency.budget", is("20000.00")));
        String before = Api.as(ADMIN).get(path).then().statusCode(200).extract().asString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("exchange_rate", "project_money", "person_rate", "project_rate_card",
                    "allocation_rate")) {
                entityManager.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
        assertThat(Api.as(ADMIN).get(path).then().statusCode(200).extract().asString()).isNotEqualTo(before);

        String location = Api.as(ADMIN).post("/api/v1/admin/metrics/rebuild").then().statusCode(202)
                .extract().header("Location");
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN).get(location).then().statusCode(200)
                .body("status", is("COMPLETED")));

        assertThat(Api.as(ADMIN).get(path).then().statusCode(200).extract().asString()).isEqualTo(before);
    }
}
