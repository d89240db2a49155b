package io.deliveryhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.deliveryhub.deploy.local.LocalStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A what-if scenario made in resources-service reaches delivery-metrics through Kafka: a scenario that books Ada over
 * her capacity shows in delivery-metrics' utilization and financials asked for it, not in the live ones, until it
 * is applied; then the live views show it and the scenario is gone.
 */
@ExtendWith(RunningStack.class)
class ScenarioMetricsIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String MONDAY = "2026-04-06";
    private static final String SUNDAY = "2026-04-12";

    @Test
    void aScenarioOverAllocatingSomeoneShowsInDeliveryMetricsForItAndInTheLiveViewsOnceApplied(LocalStack stack) {
        String token = headOfDelivery(stack);
        String practice = "Scenario " + UUID.randomUUID();
        String clientId = gateway(stack, token).body(Map.of("name", "Scenario Ltd", "industry", "Retail"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String projectId = gateway(stack, token).body(Map.of(
                        "key", "WHATIF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "name", "What if", "clientId", clientId, "deliveryModel", "TIME_AND_MATERIALS",
                        "currency", "EUR", "plannedStart", "2026-03-02", "plannedEnd", "2026-04-30"))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String ada = gateway(stack, token).body(Map.of("name", "Ada Whatif",
                        "email", "ada." + UUID.randomUUID() + "@example.com", "practice", practice,
                        "capacityHoursPerWeek", 40))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        gateway(stack, token).body(Map.of("effectiveFrom", "2026-01-01",
                        "costRate", Map.of("amount", "60.00", "currency", "EUR"),
                        "billRate", Map.of("amount", "100.00", "currency", "EUR")))
                .post("/api/v1/people/{id}/rates", ada).then().statusCode(201);
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack, token)
                .get("/api/v1/known-projects/" + projectId).then().statusCode(200));
        gateway(stack, token).body(booking(ada, projectId, "2026-04-24", 32))
                .post("/api/v1/allocations").then().statusCode(201);
        String scenario = gateway(stack, token).body(Map.of("name", "Ada on more"))
                .post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
        gateway(stack, token).body(booking(ada, projectId, "2026-04-10", 16))
                .post("/api/v1/scenarios/{id}/allocations", scenario).then().statusCode(201);

        await().atMost(PROPAGATION).untilAsserted(() -> utilization(stack, token, scenario)
                .body("scenario.weeks[0].week", equalTo("2026-W15"))
                .body("scenario.weeks[0].liveHardHours", equalTo(32.0f))
                .body("scenario.weeks[0].scenarioHardHours", equalTo(48.0f))
                .body("scenario.weeks[0].scenarioAllocation", equalTo(1.2f)));
        utilization(stack, token, null).body("$", not(hasKey("scenario")));
        await().atMost(PROPAGATION).untilAsserted(() -> financials(stack, token, projectId, scenario)
                .body("inProjectCurrency.forecast.cost", equalTo("6720.00"))
                .body("scenario.inProjectCurrency.cost", equalTo("960.00")));
        financials(stack, token, projectId, null).body("inProjectCurrency.forecast.cost", equalTo("5760.00"));
        await().atMost(PROPAGATION).untilAsserted(() -> bench(stack, token, practice)
                .body("people.personId", equalTo(List.of(ada))));

        gateway(stack, token).queryParam("allowOverallocation", true)
                .post("/api/v1/scenarios/{id}/apply", scenario).then().statusCode(200);

        await().atMost(PROPAGATION).untilAsserted(() -> {
            financials(stack, token, projectId, null).body("inProjectCurrency.forecast.cost", equalTo("6720.00"));
            bench(stack, token, practice).body("people", empty());
            gateway(stack, token).queryParam("from", MONDAY).queryParam("to", SUNDAY).queryParam("scenario", scenario)
                    .get("/api/v1/utilization").then().statusCode(404);
        });
    }

    private static Map<String, Object> booking(String person, String project, String to, int hours) {
        return Map.of("personId", person, "projectId", project, "from", MONDAY, "to", to, "hoursPerWeek", hours,
                "booking", "HARD", "billable", true);
    }

    private static ValidatableResponse utilization(LocalStack stack, String token,
            String scenario) {
        RequestSpecification request = gateway(stack, token).queryParam("from", MONDAY).queryParam("to", SUNDAY);
        if (scenario != null) {
            request.queryParam("scenario", scenario);
        }
        return request.get("/api/v1/utilization").then().statusCode(200);
    }

    private static ValidatableResponse bench(LocalStack stack, String token,
            String practice) {
        return gateway(stack, token).queryParam("from", MONDAY).queryParam("to", SUNDAY).queryParam("threshold", 1)
                .queryParam("practice", practice).get("/api/v1/bench").then().statusCode(200);
    }

    private static ValidatableResponse financials(LocalStack stack, String token,
            String projectId, String scenario) {
        RequestSpecification request = gateway(stack, token).queryParam("asOf", "2026-03-31");
        if (scenario != null) {
            request.queryParam("scenario", scenario);
        }
        return request.get("/api/v1/metrics/projects/{p}/financials", projectId).then().statusCode(200);
    }

    /** A head of delivery may write people, rates, projects and HARD allocations, and sees every scenario. */
    private static String headOfDelivery(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).contentType(ContentType.JSON)
                .header("X-API-Key", stack.adminApiKey())
                .body(Map.of("subject", "scenario-metrics", "roles", List.of("HEAD_OF_DELIVERY"),
                        "personId", UUID.randomUUID().toString()))
                .post("/api/v1/auth/dev-token").then().statusCode(200).extract().path("token");
    }

    private static RequestSpecification gateway(LocalStack stack, String token) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).contentType(ContentType.JSON)
                .auth().oauth2(token);
    }
}
