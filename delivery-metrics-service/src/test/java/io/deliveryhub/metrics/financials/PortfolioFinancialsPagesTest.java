package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's financials are computed a page of projects at a time (tests run with pages of 2) and kept: over
 * more projects than a page they add up to the projects' own figures, and a project whose facts move (a time entry,
 * an allocation) is computed again.
 */
@QuarkusTest
class PortfolioFinancialsPagesTest {

    private static final String MARCH_31 = "2026-03-31";
    private static final int PROJECTS = 5;

    @Inject
    KeptFinancials kept;

    @Test
    void addsUpMoreProjectsThanAPageToTheSumOfTheirOwnFigures() {
        assertThat(kept.pageSize()).isLessThan(PROJECTS);
        UUID deliveryManager = UUID.randomUUID();
        List<UUID> projects = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        for (int n = 1; n <= PROJECTS; n++) {
            UUID project = UUID.randomUUID();
            UUID person = UUID.randomUUID();
            MoneyFeed.project(project, n == PROJECTS ? "FIXED_PRICE" : "TIME_AND_MATERIALS", "EUR",
                    LocalDate.of(2026, 5, 29), "20000.00", UUID.randomUUID(), deliveryManager);
            MoneyFeed.personRate(person, LocalDate.of(2026, 1, 1), String.valueOf(50 + n), String.valueOf(90 + 5 * n),
                    "EUR");
            for (int day = 2; day <= 1 + n; day++) {
                publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project,
                        person, LocalDate.of(2026, 3, day), 8, String.valueOf(8 * (50 + n)) + ".00", true,
                        "APPROVED"));
            }
            publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                    LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26), 4 * n, "HARD"));
            projects.add(project);
            people.add(person);
        }
        String portfolio = "/api/v1/metrics/portfolio/financials?asOf=" + MARCH_31 + "&deliveryManagerId="
                + deliveryManager;
        Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertAddsUp(portfolio, projects));

        // one more day booked on the first project, one more allocation on the second: both are computed again
        publish(TIME_ENTRY_RECORDED, projects.get(0), timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1,
                projects.get(0), people.get(0), LocalDate.of(2026, 3, 20), 8, "408.00", true, "APPROVED"));
        publish(ALLOCATION_CREATED, projects.get(1), allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1,
                people.get(1), projects.get(1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 15), 10, "HARD"));
        Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(base(projects.get(0)).getString("inBaseCurrency.actual.revenue")).isEqualTo("1520.00");
            assertThat(base(projects.get(1)).getString("forecastMonths[1].start")).isEqualTo("2026-05-01");
            assertAddsUp(portfolio, projects);
        });
    }

    private static void assertAddsUp(String portfolio, List<UUID> projects) {
        JsonPath total = Api.as(HEAD_OF_DELIVERY).get(portfolio).then().statusCode(200).extract().jsonPath();
        assertThat(total.getInt("projects")).isEqualTo(PROJECTS);
        List<JsonPath> each = projects.stream().map(PortfolioFinancialsPagesTest::base).toList();
        for (String figure : List.of("actual.revenue", "actual.cost", "forecast.revenue", "forecast.cost",
                "atCompletion.revenue", "atCompletion.cost")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonPath project : each) {
                sum = sum.add(new BigDecimal(project.getString("inBaseCurrency." + figure)));
            }
            assertThat(new BigDecimal(total.getString(figure))).as(figure).isEqualByComparingTo(sum);
        }
        assertThat(total.getList("lowestMargins")).hasSize(PROJECTS);
    }

    private static JsonPath base(UUID project) {
        return Api.as(HEAD_OF_DELIVERY).get("/api/v1/metrics/projects/" + project + "/financials?asOf=" + MARCH_31)
                .then().statusCode(200).extract().jsonPath();
    }
}
