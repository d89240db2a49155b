package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The portfolio document's revenue and margin (docs/money.md's worked example, twice, and a PROPOSED project left
 * out), and who sees what of them. Each test picks its own projects by their delivery manager.
 */
@QuarkusTest
class PortfolioMarginsResourceTest {

    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";
    private static final String MARCH_31 = "2026-03-31";
    // revenue, cost, margin and margin %, actual and at completion, of the worked example: 40 h billable and 8 h not
    // in March billed at 100 and costed at 60, and 60 h forecast in April
    private static final String WORKED_EXAMPLE = ",4000.00,2880.00,1120.00,0.280,10000.00,6480.00,3520.00,0.352";
    private static final String REVENUE_ONLY = ",4000.00,,,,10000.00,,,";

    @Test
    void addsUpRevenueAndMarginOfTheProjectsInDeliveryForThoseWhoSeeCost() {
        UUID deliveryManager = UUID.randomUUID();
        UUID projectManager = UUID.randomUUID();
        workedExample(deliveryManager, projectManager, "ACTIVE");
        workedExample(deliveryManager, UUID.randomUUID(), "ACTIVE");
        workedExample(deliveryManager, UUID.randomUUID(), "PROPOSED");

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> portfolio(Api.as(HEAD_OF_DELIVERY),
                deliveryManager).then().statusCode(200)
                .body("financials.currency", is("EUR"), "financials.projects", is(2),
                        "financials.actual.revenue", is("8000.00"), "financials.actual.cost", is("5760.00"),
                        "financials.actual.margin", is("2240.00"), "financials.actual.marginPercent", is(0.280f),
                        "financials.atCompletion.revenue", is("20000.00"),
                        "financials.atCompletion.cost", is("12960.00"),
                        "financials.atCompletion.margin", is("7040.00"),
                        "financials.atCompletion.marginPercent", is(0.352f)));
        for (String role : List.of(DELIVERY_MANAGER, ADMIN)) {
            portfolio(Api.as(role), deliveryManager).then().statusCode(200)
                    .body("financials.atCompletion.margin", is("7040.00"));
        }
        // the project manager of one of the projects does not see the portfolio's cost, nor do other roles
        for (RequestSpecification caller : List.of(Api.withToken(TestTokens.person(projectManager, PROJECT_MANAGER)),
                Api.as(DELIVERY_LEAD), Api.as(TEAM_MEMBER))) {
            portfolio(caller, deliveryManager).then().statusCode(200)
                    .body("financials.actual.revenue", is("8000.00"), "financials.atCompletion.revenue", is("20000.00"),
                            "financials.actual", not(hasKey("cost")), "financials.actual", not(hasKey("margin")),
                            "financials.atCompletion", not(hasKey("marginPercent")));
        }
    }

    @Test
    void answersEachProjectsRevenueAndTheMarginsTheCallerMaySeeInTheCsv() {
        UUID deliveryManager = UUID.randomUUID();
        UUID projectManager = UUID.randomUUID();
        UUID managed = workedExample(deliveryManager, projectManager, "ACTIVE");
        UUID other = workedExample(deliveryManager, UUID.randomUUID(), "ACTIVE");
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                csv(Api.as(HEAD_OF_DELIVERY), deliveryManager)).anySatisfy(line -> assertThat(line)
                        .startsWith(managed + ",").endsWith(WORKED_EXAMPLE))
                .anySatisfy(line -> assertThat(line).startsWith(other + ",").endsWith(WORKED_EXAMPLE)));

        assertThat(csv(Api.withToken(TestTokens.person(projectManager, PROJECT_MANAGER)), deliveryManager))
                .anySatisfy(line -> assertThat(line).startsWith(managed + ",").endsWith(WORKED_EXAMPLE))
                .anySatisfy(line -> assertThat(line).startsWith(other + ",").endsWith(REVENUE_ONLY));
        assertThat(csv(Api.as(TEAM_MEMBER), deliveryManager)).hasSize(3).allSatisfy(line -> assertThat(line)
                .matches(row -> row.startsWith("projectId,") || row.endsWith(REVENUE_ONLY)));
    }

    @Test
    void answersAnEmptySelectionWithZeroRevenue() {
        portfolio(Api.as(ADMIN), UUID.randomUUID()).then().statusCode(200)
                .body("financials.projects", is(0), "financials.actual.revenue", is("0.00"),
                        "financials.actual.cost", is("0.00"), "financials.atCompletion.marginPercent", nullValue());
    }

    private static io.restassured.response.Response portfolio(RequestSpecification caller, UUID deliveryManager) {
        return caller.queryParam("asOf", MARCH_31).queryParam("deliveryManagerId", deliveryManager).get(PORTFOLIO);
    }

    private static List<String> csv(RequestSpecification caller, UUID deliveryManager) {
        return Arrays.asList(caller.accept("text/csv").queryParam("asOf", MARCH_31)
                .queryParam("deliveryManagerId", deliveryManager).get(PORTFOLIO).then().statusCode(200)
                .extract().asString().split("\r\n"));
    }

    private static UUID workedExample(UUID deliveryManager, UUID projectManager, String status) {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        MoneyFeed.project(project, status, "PROPOSED".equals(status) ? "0.5" : null, "TIME_AND_MATERIALS", "EUR",
                LocalDate.of(2026, 4, 30), null, projectManager, deliveryManager);
        MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), "60.00", "100.00", "EUR");
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
