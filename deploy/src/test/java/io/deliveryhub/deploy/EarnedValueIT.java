package io.deliveryhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.deliveryhub.deploy.local.LocalStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worked example of docs/kpis.md built end to end: the project and its progress in projects-service, the person,
 * rate and time in resources-service, all through the gateway; delivery-metrics learns every fact from Kafka
 * and must answer with the example's figures.
 */
@ExtendWith(RunningStack.class)
class EarnedValueIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void theWorkedExampleComesOutOfDeliveryMetricsFromTheOtherServicesEvents(LocalStack stack) {
        String clientId = gateway(stack).body(Map.of("name", "Worked Example Ltd", "industry", "Retail"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String projectId = gateway(stack).body(Map.of(
                        "key", "EV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "name", "Earned value worked example",
                        "clientId", clientId,
                        "plannedStart", "2026-03-02",
                        "plannedEnd", "2026-03-12",
                        "budget", Map.of("amount", "10000.00", "currency", "EUR")))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        gateway(stack).body(Map.of("asOf", "2026-03-05", "overall", "AMBER", "schedule", "AMBER", "budget", "GREEN",
                        "scope", "GREEN", "quality", "GREEN", "percentComplete", 25, "summary", "A quarter done"))
                .post("/api/v1/projects/{p}/status-reports", projectId).then().statusCode(201);

        String personId = gateway(stack).body(Map.of("name", "Eve Example",
                        "email", "eve." + UUID.randomUUID() + "@example.com", "practice", "Engineering"))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        gateway(stack).body(Map.of("effectiveFrom", "2026-01-01",
                        "costRate", Map.of("amount", "90.00", "currency", "EUR")))
                .post("/api/v1/people/{id}/rates", personId).then().statusCode(201);
        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).get("/api/v1/known-projects/" + projectId)
                .then().statusCode(200));
        for (String day : new String[] { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05" }) {
            gateway(stack).body(Map.of("personId", personId, "projectId", projectId, "date", day, "hours", 7.5,
                            "billable", true, "description", "Build"))
                    .post("/api/v1/time-entries").then().statusCode(201);
        }

        await().atMost(PROPAGATION).untilAsserted(() -> gateway(stack).queryParam("asOf", "2026-03-06")
                .get("/api/v1/metrics/projects/{p}", projectId).then().statusCode(200)
                .body("earnedValue.currency", equalTo("EUR"))
                .body("earnedValue.bac", equalTo("10000.00"))
                .body("earnedValue.pv", equalTo("4000.00"))
                .body("earnedValue.ev", equalTo("2500.00"))
                .body("earnedValue.ac", equalTo("2700.00"))
                .body("earnedValue.cv", equalTo("-200.00"))
                .body("earnedValue.sv", equalTo("-1500.00"))
                .body("earnedValue.cpi", equalTo(0.926f))
                .body("earnedValue.spi", equalTo(0.625f))
                .body("earnedValue.eac", equalTo("10800.00"))
                .body("earnedValue.etc", equalTo("8100.00"))
                .body("earnedValue.vac", equalTo("-800.00"))
                .body("earnedValue.tcpi", equalTo(1.027f))
                .body("budgetBurn.hoursLogged", equalTo(30.0f)));
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString()).contentType(ContentType.JSON)
                .header("X-API-Key", stack.adminApiKey());
    }
}
