package io.deliveryhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.demo.DemoScale;
import io.deliveryhub.deploy.local.demo.DemoSeeder;
import io.deliveryhub.deploy.local.demo.Tally;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code deploy/local/run --demo} at a small scale, seeded twice through the gateway: the second run finds
 * everything the first created and adds nothing, and delivery-metrics shows the seeded firm in its portfolio and
 * the first project's KPIs.
 */
@ExtendWith(RunningStack.class)
class DemoSeedIT {

    private static final DemoScale SMALL = new DemoScale(5, 12, 1);
    private static final List<String> COUNTED = List.of("/api/v1/clients", "/api/v1/projects", "/api/v1/people",
            "/api/v1/skills", "/api/v1/allocations", "/api/v1/time-entries", "/api/v1/deployments", "/api/v1/incidents",
            "/api/v1/projects/ACME-01/milestones", "/api/v1/projects/ACME-01/status-reports",
            "/api/v1/projects/ACME-01/raid", "/api/v1/projects/ACME-01/feedback", "/api/v1/exchange-rates");
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void seedingTwiceAddsNothingTheSecondTimeAndTheFirmShowsInTheMetrics(LocalStack stack) {
        Map<String, Tally> first = seeder(stack).seed();
        assertThat(first.get("projects").createdOf("projects")).isEqualTo(SMALL.projects());
        assertThat(first.get("people").createdOf("people")).isEqualTo(SMALL.people());
        assertThat(first.get("time entries").created()).isPositive();
        assertThat(first.get("deployments and incidents").createdOf("deployments")).isPositive();
        Map<String, Integer> counted = counts(stack);

        Map<String, Tally> second = seeder(stack).seed();

        second.forEach((stage, tally) -> assertThat(tally.created()).as("%s created on the second run: %s", stage, tally).isZero());
        assertThat(counts(stack)).isEqualTo(counted);

        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/metrics/portfolio").then()
                .statusCode(200)
                .body("projects.total", greaterThanOrEqualTo(SMALL.projects()))
                .body("budget.size()", greaterThan(0))
                .body("people.people", greaterThanOrEqualTo(SMALL.people())));
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/metrics/projects/ACME-01").then()
                .statusCode(200)
                .body("earnedValue.bac", not(emptyOrNullString()))
                .body("earnedValue.pv", not(emptyOrNullString()))
                .body("earnedValue.ac", not(equalTo("0.00")))
                .body("budgetBurn.hoursLogged", notNullValue()));
    }

    private static DemoSeeder seeder(LocalStack stack) {
        return new DemoSeeder(stack.gatewayUrl(), stack.adminApiKey(), SMALL, System.out);
    }

    /** How many of each the API lists, so the second run can be shown to have added none. */
    private static Map<String, Integer> counts(LocalStack stack) {
        return COUNTED.stream().collect(Collectors.toMap(list -> list,
                list -> gateway(stack).queryParam("size", 1).get(list).then().statusCode(200).extract().path("total")));
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).header("X-API-Key", stack.adminApiKey());
    }
}
