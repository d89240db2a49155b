package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Other test classes feed the same read model: each test picks its own projects by their delivery manager. */
@QuarkusTest
class PortfolioFinancialsResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio/financials";
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void addsUpTheProjectsPerMonthWithThePipelineApartAndTheLowestMargins() {
        UUID deliveryManager = UUID.randomUUID();
        UUID first = workedExample(deliveryManager, "ACTIVE", null);
        UUID second = workedExample(deliveryManager, "ACTIVE", null);
        workedExample(deliveryManager, "PROPOSED", "0.5");
        String query = PORTFOLIO + "?asOf=2026-03-31&deliveryManagerId=" + deliveryManager;

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY).get(query)
                .then().statusCode(200)
                .body("currency", is("EUR"), "projects", is(2),
                        "actual.revenue", is("8000.00"), "actual.cost", is("5760.00"),
                        "forecast.revenue", is("12000.00"), "forecast.cost", is("7200.00"),
                        "atCompletion.revenue", is("20000.00"), "atCompletion.cost", is("12960.00"),
                        "atCompletion.margin", is("7040.00"), "atCompletion.marginPercent", is(0.352f),
                        "months.month", contains("2026-03", "2026-04"),
                        "months[0].actualRevenue", is("8000.00"), "months[1].forecastRevenue", is("12000.00"),
                        "months[1].forecastCost", is("7200.00"),
                        "pipeline.projects", is(1), "pipeline.withoutProbability", is(0),
                        "pipeline.weighted.revenue", is("5000.00"), "pipeline.weighted.cost", is("3240.00"),
                        "lowestMargins.projectId", containsInAnyOrder(first.toString(), second.toString()),
                        "lowestMargins[0].atCompletion.marginPercent", is(0.352f),
                        "unconvertedAmounts", is(0)));

        Api.as(TEAM_MEMBER).get(query).then().statusCode(200)
                .body("atCompletion.revenue", is("20000.00"), "atCompletion", not(hasKey("cost")),
                        "atCompletion", not(hasKey("margin")), "months[1]", not(hasKey("forecastCost")),
                        "$", not(hasKey("lowestMargins")));
        Api.as(PROJECT_MANAGER).get(query).then().statusCode(200).body("$", not(hasKey("lowestMargins")));
    }

    @Test
    void answersAnEmptyPortfolioWithZerosAndUnknownMargin() {
        Api.as(DELIVERY_MANAGER).get(PORTFOLIO + "?deliveryManagerId=" + UUID.randomUUID()).then().statusCode(200)
                .body("projects", is(0), "atCompletion.revenue", is("0.00"), "atCompletion.cost", is("0.00"),
                        "atCompletion.marginPercent", nullValue(), "months", empty(), "lowestMargins", empty());
    }

    @Test
    void refusesBadFiltersWithA400() {
        Api.as(DELIVERY_MANAGER).get(PORTFOLIO + "?asOf=2026-13-01").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("asOf"));
        Api.as(DELIVERY_MANAGER).get(PORTFOLIO + "?clientId=acme").then().statusCode(400)
                .body("errors[0].field", is("clientId"));
        Api.as(DELIVERY_MANAGER).get(PORTFOLIO + "?practice=" + "x".repeat(101)).then().statusCode(400)
                .body("errors[0].field", is("practice"));
        Api.as(INTEGRATION_PIPELINES).get(PORTFOLIO).then().statusCode(403);
    }

    private static UUID workedExample(UUID deliveryManager, String status, String probability) {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, status, probability, "TIME_AND_MATERIALS", "EUR", LocalDate.of(2026, 4, 30),
                null, UUID.randomUUID(), deliveryManager);
        MoneyFeed.personRate(person, JAN_1, "60.00", "100.00", "EUR");
        for (int day = 2; day <= 6; day++) {
            publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project,
                    person, LocalDate.of(2026, 3, day), 8, "480.00", true, "APPROVED"));
        }
        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                LocalDate.of(2026, 3, 9), 8, "480.00", false, "APPROVED"));
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26), 20, "HARD"));
        return project;
    }
}
