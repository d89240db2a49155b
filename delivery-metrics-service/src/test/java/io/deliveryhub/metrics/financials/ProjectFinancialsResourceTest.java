package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectFinancialsResourceTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final String MARCH_31 = "2026-03-31";

    private final UUID manager = UUID.randomUUID();
    private final UUID deliveryManager = UUID.randomUUID();

    @Test
    void reproducesTheWorkedExampleFromTheEventsItConsumed() {
        UUID project = workedExample("EUR");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(DELIVERY_MANAGER)
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("deliveryModel", is("TIME_AND_MATERIALS"),
                        "inProjectCurrency.currency", is("EUR"),
                        "inProjectCurrency.actual.revenue", is("4000.00"),
                        "inProjectCurrency.actual.cost", is("2880.00"),
                        "inProjectCurrency.actual.margin", is("1120.00"),
                        "inProjectCurrency.actual.marginPercent", is(0.28f),
                        "inProjectCurrency.forecast.revenue", is("6000.00"),
                        "inProjectCurrency.forecast.cost", is("3600.00"),
                        "inProjectCurrency.atCompletion.revenue", is("10000.00"),
                        "inProjectCurrency.atCompletion.cost", is("6480.00"),
                        "inProjectCurrency.atCompletion.margin", is("3520.00"),
                        "inProjectCurrency.atCompletion.marginPercent", is(0.352f),
                        "inBaseCurrency.atCompletion.revenue", is("10000.00"),
                        "hours.forecast", is(60.0f),
                        "forecastWeeks.start", contains("2026-04-06", "2026-04-13", "2026-04-20"),
                        "unconverted", empty()));
    }

    @Test
    void convertsAProjectInAnotherCurrencyIntoTheBaseCurrency() {
        MoneyFeed.exchangeRate("USD", JAN_1, "0.5000000000", 1);
        UUID project = workedExample("USD");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(HEAD_OF_DELIVERY)
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.currency", is("USD"),
                        "inProjectCurrency.atCompletion.revenue", is("10000.00"),
                        "inBaseCurrency.currency", is("EUR"),
                        "inBaseCurrency.atCompletion.revenue", is("5000.00"),
                        "inBaseCurrency.atCompletion.cost", is("3240.00")));
    }

    @Test
    void omitsCostAndMarginForThoseWhoMayNotSeeThem() {
        UUID project = workedExample("EUR");
        awaitRevenue(project);

        Api.as(TEAM_MEMBER).get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.atCompletion.revenue", is("10000.00"),
                        "inProjectCurrency.atCompletion", not(hasKey("cost")),
                        "inProjectCurrency.atCompletion", not(hasKey("margin")),
                        "inProjectCurrency.atCompletion", not(hasKey("marginPercent")),
                        "forecastWeeks[0]", not(hasKey("cost")));
        Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER))
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.atCompletion", not(hasKey("cost")));
        Api.withToken(TestTokens.person(manager, PROJECT_MANAGER))
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.atCompletion.cost", is("6480.00"));
    }

    @Test
    void forecastsANamedAllocationAtTheBillRateWrittenOnIt() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", LocalDate.of(2026, 4, 30), null, manager,
                deliveryManager);
        MoneyFeed.personRate(person, JAN_1, "60.00", "100.00", "EUR");
        var payload = allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project, LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 26), 20, "HARD");
        state(payload).putObject("billRate").put("amount", "130.00").put("currency", "EUR");
        publish(ALLOCATION_CREATED, project, payload);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(DELIVERY_MANAGER)
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.forecast.revenue", is("7800.00"),
                        "inProjectCurrency.forecast.cost", is("3600.00")));
    }

    @Test
    void answersAProjectWithoutRatesAllocationsOrPlannedEndWithZerosAndAnUnknownMarginPercent() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", null, null, manager, deliveryManager);
        entry(project, person, LocalDate.of(2026, 3, 2), true, "EUR");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(DELIVERY_MANAGER)
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.budget", nullValue(),
                        "inProjectCurrency.atCompletion.revenue", is("0.00"),
                        "inProjectCurrency.atCompletion.cost", is("480.00"),
                        "inProjectCurrency.atCompletion", hasKey("marginPercent"),
                        "inProjectCurrency.atCompletion.marginPercent", nullValue(),
                        "hours.actualBillableWithoutRate", is(8.0f),
                        "forecastFrom", nullValue(),
                        "forecastWeeks", empty(),
                        "unconverted", empty()));
    }

    @Test
    void answersTheForecastPerWeekOrPerMonthAsCsv() {
        UUID project = workedExample("EUR");
        awaitRevenue(project);

        String weeks = Api.as(DELIVERY_MANAGER).accept("text/csv").get(financials(project) + "?asOf=" + MARCH_31)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(weeks).isEqualTo("""
                weekStart,hours,softHours,unpricedHours,currency,revenue,cost\r
                2026-04-06,20.000,0.000,0.000,EUR,2000.00,1200.00\r
                2026-04-13,20.000,0.000,0.000,EUR,2000.00,1200.00\r
                2026-04-20,20.000,0.000,0.000,EUR,2000.00,1200.00\r
                """);
        Api.as(TEAM_MEMBER).get(financials(project) + "?asOf=" + MARCH_31 + "&format=csv&period=month")
                .then().statusCode(200)
                .body(is("month,hours,softHours,unpricedHours,currency,revenue\r\n2026-04,60.000,0.000,0.000,EUR,"
                        + "6000.00\r\n"));
    }

    @Test
    void refusesABadDayFormatOrPeriodWithA400() {
        UUID project = workedExample("EUR");
        awaitRevenue(project);

        Api.as(DELIVERY_MANAGER).get(financials(project) + "?asOf=31-03-2026").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("asOf"));
        Api.as(DELIVERY_MANAGER).get(financials(project) + "?period=year").then().statusCode(400)
                .body("errors[0].field", is("period"));
        Api.as(DELIVERY_MANAGER).get(financials(project) + "?format=xml").then().statusCode(400)
                .body("errors[0].field", is("format"));
    }

    @Test
    void answersAnUnknownProjectWithA404AndAStrangerWithA401() {
        Api.as(DELIVERY_MANAGER).get(financials(UUID.randomUUID())).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        Api.as(DELIVERY_MANAGER).get("/api/v1/metrics/projects/NO-SUCH-KEY/financials").then().statusCode(404);
        Api.anonymous().get(financials(UUID.randomUUID())).then().statusCode(401);
        Api.as(INTEGRATION_CRM).get(financials(UUID.randomUUID())).then().statusCode(403);
    }

    /**
     * The worked example of the docs: bill rate 100 and cost rate 60 from 1 January; a T&M project; in March 40
     * billable hours and 8 non-billable ones; a HARD billable allocation of 20 h/week for 6–26 April.
     */
    private UUID workedExample(String currency) {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, "TIME_AND_MATERIALS", currency, LocalDate.of(2026, 4, 30), null, manager,
                deliveryManager);
        MoneyFeed.personRate(person, JAN_1, "60.00", "100.00", currency);
        for (int day = 2; day <= 6; day++) {
            entry(project, person, LocalDate.of(2026, 3, day), true, currency);
        }
        entry(project, person, LocalDate.of(2026, 3, 9), false, currency);
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26), 20, "HARD"));
        return project;
    }

    private static void entry(UUID project, UUID person, LocalDate date, boolean billable, String currency) {
        var payload = timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person, date, 8, "480.00",
                billable, "APPROVED");
        ((com.fasterxml.jackson.databind.node.ObjectNode) state(payload).get("cost")).put("currency", currency);
        publish(TIME_ENTRY_RECORDED, project, payload);
    }

    private static void awaitRevenue(UUID project) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(ADMIN)
                .get(financials(project) + "?asOf=" + MARCH_31).then().statusCode(200)
                .body("inProjectCurrency.atCompletion.revenue", is("10000.00"),
                        "inProjectCurrency.atCompletion.cost", is("6480.00")));
    }

    private static String financials(UUID project) {
        return "/api/v1/metrics/projects/" + project + "/financials";
    }
}
