package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.KpiFeed;
import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.metrics.alert.AlertEngine;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The money alert rules end to end: the rules judge today's financials, so the facts are dated relative to today;
 * evaluations are run by the test itself.
 */
@QuarkusTest
class MoneyAlertsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    AlertEngine engine;

    @Test
    void raisesAMarginAlertAndAForecastCostAlertAndResolvesThemWhenTheyClear() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", TODAY.plusDays(30), "6000.00", UUID.randomUUID(),
                UUID.randomUUID());
        MoneyFeed.personRate(person, TODAY.minusDays(100), "95.00", "100.00", "EUR");
        for (int day = 1; day <= 5; day++) {
            publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project,
                    person, TODAY.minusDays(7 + day), 10, "950.00", true, "APPROVED"));
        }
        // revenue 5000, cost 4750: margin 0.050, under the budget of 6000
        awaitFinancials(project, "5000.00", "4750.00");
        evaluateUntil(() -> alerts(project, "MARGIN_BELOW_THRESHOLD").body("total", is(1),
                "items[0].status", is("OPEN"), "items[0].value", is(0.05f), "items[0].threshold", is(0.15f),
                "items[0].message", containsString("below 0.15")));
        alerts(project, "FORECAST_COST_OVER_BUDGET").body("total", is(0));

        UUID allocation = UUID.randomUUID();
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, allocation, 1, person, project,
                TODAY.plusDays(1), TODAY.plusDays(28), 10, "HARD"));
        awaitForecastHours(project, greaterThan(0f));
        evaluateUntil(() -> alerts(project, "FORECAST_COST_OVER_BUDGET").body("total", is(1),
                "items[0].status", is("OPEN"), "items[0].threshold", is(6000)));

        publish(ALLOCATION_RELEASED, project, allocation(ALLOCATION_RELEASED, allocation, 2, person, project,
                TODAY.plusDays(1), TODAY.plusDays(28), 10, "HARD"));
        MoneyFeed.rateCard(project, person, TODAY.minusDays(100), "300.00", "EUR");
        awaitFinancials(project, "15000.00", "4750.00");
        evaluateUntil(() -> {
            alerts(project, "MARGIN_BELOW_THRESHOLD").body("total", is(1), "items[0].status", is("RESOLVED"));
            alerts(project, "FORECAST_COST_OVER_BUDGET").body("total", is(1), "items[0].status", is("RESOLVED"));
        });
    }

    @Test
    void judgesTheCostAtCompletionAgainstTheBaselinesBudgetNotOneRaisedSince() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", TODAY.plusDays(30), "20000.00", UUID.randomUUID(),
                UUID.randomUUID());
        KpiFeed.baseline(project, 1, TODAY.minusDays(20) + "T09:00:00Z", TODAY.plusDays(30).toString(), "6000.00");
        MoneyFeed.personRate(person, TODAY.minusDays(100), "95.00", "100.00", "EUR");
        for (int day = 1; day <= 5; day++) {
            publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project,
                    person, TODAY.minusDays(7 + day), 10, "950.00", true, "APPROVED"));
        }
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                TODAY.plusDays(1), TODAY.plusDays(28), 10, "HARD"));
        awaitForecastHours(project, greaterThan(0f));

        // cost at completion 4750 + the forecast's: over the baseline's 6000, well under the 20000 the project has now
        evaluateUntil(() -> alerts(project, "FORECAST_COST_OVER_BUDGET").body("total", is(1),
                "items[0].status", is("OPEN"), "items[0].threshold", is(6000),
                "items[0].message", containsString("exceeds its budget of 6000.00")));
        // the project's financials hold the cost to the same budget, and show the contract value apart
        JsonPath view = Api.as(ADMIN).get("/api/v1/metrics/projects/" + project + "/financials").then()
                .statusCode(200).extract().jsonPath();
        assertThat(view.getString("inProjectCurrency.budget")).isEqualTo("6000.00");
        assertThat(view.getString("inProjectCurrency.contractValue")).isEqualTo("20000.00");
        assertThat(view.getString("inBaseCurrency.budget")).isEqualTo("6000.00");
        BigDecimal left = new BigDecimal(view.getString("inProjectCurrency.budgetLeftAtCompletion"));
        assertThat(left).isNegative().isEqualByComparingTo(new BigDecimal("6000.00")
                .subtract(new BigDecimal(view.getString("inProjectCurrency.atCompletion.cost"))));
    }

    /**
     * Evaluates until the alerts read as expected: an evaluation is skipped while this replica still sees an
     * earlier test's rebuild as running, which its watch notices ends only on its next look.
     */
    private void evaluateUntil(Runnable expectation) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            engine.evaluate();
            expectation.run();
        });
    }

    private static void awaitFinancials(UUID project, String revenue, String cost) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/metrics/projects/" + project + "/financials").then().statusCode(200)
                .body("inProjectCurrency.atCompletion.revenue", is(revenue),
                        "inProjectCurrency.atCompletion.cost", is(cost)));
    }

    private static void awaitForecastHours(UUID project, org.hamcrest.Matcher<Float> hours) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/metrics/projects/" + project + "/financials").then().statusCode(200)
                .body("hours.forecast", hours));
    }

    private static ValidatableResponse alerts(UUID project, String rule) {
        return Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).queryParam("rule", rule)
                .get("/api/v1/alerts").then().statusCode(200);
    }
}
