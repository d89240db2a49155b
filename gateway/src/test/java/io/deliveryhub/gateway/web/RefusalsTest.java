package io.deliveryhub.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the gateway refuses before any endpoint, answered as problem documents like everything else. */
@QuarkusTest
class RefusalsTest {

    @Test
    void aTooLongUriIsA414Problem() {
        Callers.admin().queryParam("q", "a".repeat(10_000)).get("/api/v1/clients")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", endsWith("/uri-too-long"), "status", is(414), "detail", containsString("8192"));
    }

    @Test
    void tooLargeHeaderFieldsAreA431Problem() {
        Callers.admin().header("X-Padding", "b".repeat(20_000)).get("/api/v1/clients")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", endsWith("/header-fields-too-large"), "status", is(431));
    }

    @Test
    void aPathNothingServesIsA404ProblemOutsideTheApiToo() {
        given().get("/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"), "instance", is("/nothing-here"));
    }

    @Test
    void aMethodAPathDoesNotTakeIsA405Problem() {
        given().delete("/q/openapi")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", endsWith("/method-not-allowed"));
    }
}
