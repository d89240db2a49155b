package io.deliveryhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.deliveryhub.deploy.local.LocalStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money worked example of the docs built end to end through the gateway: the person and their rates, time and
 * allocation in resources-service, the time-and-materials project in projects-service; delivery-metrics learns every
 * fact from Kafka and must answer the example's revenue, cost and margin, actual, forecast and at completion.
 */
@ExtendWith(RunningStack.class)
class MoneyIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void theMoneyWorkedExampleComesOutOfDeliveryMetricsFromTheOtherServicesEvents(LocalStack stack) {
        String token = headOfDelivery(stack);
        String clientId = gateway(stack, token).body(Map.of("name", "Money Example Ltd", "industry", "Retail"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String projectId = gateway(stack, token).body(Map.of(
                        "key", "MONEY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "name", "Money worked example",
                        "clientId", clientId,
                        "deliveryModel", "TIME_AND_MATERIALS",
                        "currency", "EUR",
                        "plannedStart", "2026-03-02",
                        "plannedEnd", "2026-04-30"))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");

        String personId = gateway(stack, token).body(Map.of("name", "Mona Money",
                        "email", "mona." + UUID.randomUUID() + "@example.com", "practice", "Engineering"))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        gateway(stack, token).body(Map.of("effectiveFrom", "2026-01-01",
                        "costRate", Map.of("amount", "60.00", "currency", "EUR"),
                        "billRate", Map.of("amount", "100.00", "currency", "EUR")))
                .post("/api/v1/people/{id}/rates", personId).then().statusCode(201);
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack, token)
                .get("/api/v1/known-projects/" + projectId).then().statusCode(200));
        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06")) {
            entry(stack, token, personId, projectId, day, true);
        }
        entry(stack, token, personId, projectId, "2026-03-09", false);
        gateway(stack, token).body(Map.of("personId", personId, "projectId", projectId, "from", "2026-04-06",
                        "to", "2026-04-26", "hoursPerWeek", 20, "booking", "HARD", "billable", true))
                .post("/api/v1/allocations").then().statusCode(201);

        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack, token).queryParam("asOf", "2026-03-31")
                .get("/api/v1/metrics/projects/{p}/financials", projectId).then().statusCode(200)
                .body("inProjectCurrency.currency", equalTo("EUR"))
                .body("inProjectCurrency.actual.revenue", equalTo("4000.00"))
                .body("inProjectCurrency.actual.cost", equalTo("2880.00"))
                .body("inProjectCurrency.actual.margin", equalTo("1120.00"))
                .body("inProjectCurrency.actual.marginPercent", equalTo(0.28f))
                .body("hours.forecast", equalTo(60.0f))
                .body("inProjectCurrency.forecast.revenue", equalTo("6000.00"))
                .body("inProjectCurrency.forecast.cost", equalTo("3600.00"))
                .body("inProjectCurrency.atCompletion.revenue", equalTo("10000.00"))
                .body("inProjectCurrency.atCompletion.cost", equalTo("6480.00"))
                .body("inProjectCurrency.atCompletion.margin", equalTo("3520.00"))
                .body("inProjectCurrency.atCompletion.marginPercent", equalTo(0.352f))
                .body("inBaseCurrency.atCompletion.revenue", equalTo("10000.00"))
                .body("forecastWeeks.start", contains("2026-04-06", "2026-04-13", "2026-04-20"))
                .body("unconverted", empty()));
    }

    private static void entry(LocalStack stack, String token, String personId, String projectId, String day,
            boolean billable) {
        gateway(stack, token).body(Map.of("personId", personId, "projectId", projectId, "date", day, "hours", 8,
                        "billable", billable, "description", "Build"))
                .post("/api/v1/time-entries").then().statusCode(201);
    }

    /** A head of delivery may write people, rates, any project, anyone's time and HARD allocations. */
    private static String headOfDelivery(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).contentType(ContentType.JSON)
                .header("X-API-Key", stack.adminApiKey())
                .body(Map.of("subject", "money-example", "roles", List.of("HEAD_OF_DELIVERY"),
                        "personId", UUID.randomUUID().toString()))
                .post("/api/v1/auth/dev-token").then().statusCode(200).extract().path("token");
    }

    private static RequestSpecification gateway(LocalStack stack, String token) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).contentType(ContentType.JSON)
                .auth().oauth2(token);
    }
}
