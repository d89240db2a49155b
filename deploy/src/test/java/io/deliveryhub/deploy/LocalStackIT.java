package io.deliveryhub.deploy;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The whole system as {@code deploy/local/run} starts it: every service its own JVM from its packaged
 * {@code quarkus-app}, one PostgreSQL, one Kafka broker. Scenarios across services go here, each as its own
 * test against the shared stack.
 */
@ExtendWith(RunningStack.class)
class LocalStackIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceReportsReady(Service service, LocalStack stack) {
        RestAssured.given()
                .baseUri(stack.url(service).toString())
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void startsWithinTheReadinessDeadline(LocalStack stack) {
        assertThat(stack.readyAfter()).containsOnlyKeys(Service.values());
        assertThat(stack.startTime()).isLessThan(stack.settings().readyTimeout());
    }

    @Test
    void gatewayRefusesACallerWithoutApiKey(LocalStack stack) {
        gateway(stack)
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", notNullValue())
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void servicesTrustTheTokensTheGatewaySignsForTheAdminKey(LocalStack stack) {
        // the gateway signs with data/jwt/private.pem, projects-service verifies with data/jwt/public.pem
        gateway(stack)
                .header("X-API-Key", stack.adminApiKey())
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("items", notNullValue());
    }

    private static RequestSpecification gateway(LocalStack stack) {
        return RestAssured.given().baseUri(stack.gatewayUrl().toString());
    }
}
