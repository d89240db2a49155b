package io.deliveryhub.gateway.routing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResilienceTest {

    @Test
    void aServiceThatIsDownIsA503AtOnceAndThenTheBreakerOpens() {
        Instant began = Instant.now();
        for (int i = 0; i < 6; i++) {
            Callers.admin().get("/api/v1/legacy/" + i).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", not(emptyOrNullString()))
                    .body("type", endsWith("/upstream-unavailable"));
        }
        assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(5));
        Callers.admin().get("/api/v1/legacy/again").then().statusCode(503)
                .body("detail", containsString("giving it time to recover"));
    }

    @Test
    void callersWhoHangUpDoNotOpenTheBreaker() throws IOException {
        String path = "/api/v1/projects/HANG-UP";
        UpstreamStub.CANNED.put(path, new UpstreamStub.Canned(200, "{}", 800));
        for (int i = 1; i <= 6; i++) {
            int sent = i;
            try (Socket caller = new Socket("localhost", RestAssured.port)) {
                caller.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: "
                        + Callers.ADMIN_KEY + "\r\n\r\n").getBytes(US_ASCII));
                caller.getOutputStream().flush();
                await().atMost(Duration.ofSeconds(10)).until(() -> UpstreamStub.hits("GET " + path) >= sent);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> count(UpstreamStub.ABANDONED.get(path)) >= sent);
        }
        Callers.admin().get("/api/v1/projects/after-hang-ups").then().statusCode(200);
    }

    private static int count(AtomicInteger counter) {
        return counter == null ? 0 : counter.get();
    }

    @Test
    void aSilentServiceTimesOutWith504() {
        UpstreamStub.CANNED.put("/api/v1/projects/SLOW", new UpstreamStub.Canned(200, "{}", 5_000));
        Instant began = Instant.now();
        Callers.admin().get("/api/v1/projects/SLOW").then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", endsWith("/upstream-timeout"), "detail", containsString("projects"));
        assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void refusesADeclaredBodyAboveTheLimitButLetsBatchImportsSendMore() {
        byte[] eleven = new byte[11 * 1024 * 1024];
        Callers.admin().contentType("application/json").body(eleven).post("/api/v1/projects")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
        Callers.admin().contentType("application/json").body(eleven).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("bytes", is(eleven.length));
    }

    @Test
    void countsABodyWithoutDeclaredLengthAndStopsItAtTheLimit() {
        Callers.admin().contentType("application/json")
                .body(new java.io.ByteArrayInputStream(new byte[11 * 1024 * 1024]))
                .post("/api/v1/projects")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
        Callers.admin().contentType("application/json")
                .body(new java.io.ByteArrayInputStream(new byte[2 * 1024 * 1024]))
                .post("/api/v1/projects")
                .then().statusCode(200).body("bytes", is(2 * 1024 * 1024));
    }

    @Test
    void browsersFromConfiguredOriginsPassThePreflight() {
        io.restassured.RestAssured.given()
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Idempotency-Key,Content-Type")
                .options("/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.com");
        Callers.admin().header("Origin", "https://app.example.com").get("/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }
}
