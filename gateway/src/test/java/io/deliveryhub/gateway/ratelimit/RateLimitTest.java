package io.deliveryhub.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    @Test
    void aKeyGetsItsOwnLimitThen429WithRetryAfter() {
        String key = Callers.newKey(3, "INTEGRATION_TIMESHEETS");
        String path = "/api/v1/people?probe=" + UUID.randomUUID();

        for (int remaining = 2; remaining >= 0; remaining--) {
            Callers.withKey(key).get(path).then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", not(emptyOrNullString()));
        }
        Callers.withKey(key).get(path).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "20")
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60")
                .body("type", endsWith("/rate-limited"), "status", is(429));

        assertThat(UpstreamStub.hits("GET " + path))
                .as("the refused request never reached the service").isEqualTo(3);
    }

    @Test
    void peopleGetTheConfiguredDefault() {
        Callers.person(UUID.randomUUID(), "TEAM_MEMBER").get("/api/v1/projects")
                .then().statusCode(200).header("RateLimit-Limit", "600").header("RateLimit-Remaining", "599");
    }

    @Test
    void everyAnswerCarriesTheHeadersEvenRefusalsAndTheGatewaysOwn() {
        given().get("/api/v1/projects").then().statusCode(401).header("RateLimit-Limit", not(emptyOrNullString()));
        Callers.admin().get("/api/v1/nothing").then().statusCode(404).header("RateLimit-Remaining", not(emptyOrNullString()));
        Callers.admin().get("/api/v1/admin/api-keys").then().statusCode(200).header("RateLimit-Limit", "1200");
    }
}
