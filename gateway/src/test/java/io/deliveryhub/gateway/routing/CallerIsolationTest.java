package io.deliveryhub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One caller's slow or broken requests must not change what the others get. */
@QuarkusTest
class CallerIsolationTest {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aHundredRequestsThatTimeOutLeaveOtherCallersAnswersUnchanged() {
        UpstreamStub.CANNED.put("/api/v1/clients/STALL", new UpstreamStub.Canned(200, "{}", 5_000));
        String mallory = Callers.newKey(100_000, "INTEGRATION_CRM");
        String alice = Callers.newKey(100_000, "INTEGRATION_CRM");
        healthyWindow();

        CompletableFuture<Map<Integer, Long>> stalling = fire(mallory, "/api/v1/clients/STALL", 100);
        while (!stalling.isDone()) {
            Callers.withKey(alice).get("/api/v1/clients").then().statusCode(200).body("path", is("/api/v1/clients"));
        }
        Map<Integer, Long> statuses = stalling.join();

        assertThat(statuses.keySet()).as("timed out, or refused beyond the caller's places").containsOnly(504, 429);
        assertThat(statuses.get(429)).as("more than 16 at once are refused").isPositive();
        Callers.withKey(alice).get("/api/v1/clients").then().statusCode(200);
        Callers.withKey(mallory).get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void aHundredRequestsThatBreakTheServiceLeaveOtherCallersAnswersUnchanged() {
        UpstreamStub.CANNED.put("/api/v1/clients/BREAK", UpstreamStub.Canned.json(500,
                "{\"type\":\"https://deliveryhub.io/problems/internal\",\"status\":500}"));
        String mallory = Callers.newKey(100_000, "INTEGRATION_CRM");
        String alice = Callers.newKey(100_000, "INTEGRATION_CRM");
        healthyWindow();

        for (int i = 0; i < 100; i++) {
            Callers.withKey(mallory).get("/api/v1/clients/BREAK").then().statusCode(500);
            if (i % 10 == 0) {
                Callers.withKey(alice).get("/api/v1/clients").then().statusCode(200);
            }
        }
        Callers.withKey(alice).get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void aCallerBeyondItsPlacesGetsA429ProblemAtOnce() {
        // a batch path: the gateway waits two minutes there, so the held requests keep their places
        UpstreamStub.CANNED.put("/api/v1/integrations/crm/batch", new UpstreamStub.Canned(200, "{}", 3_000));
        String key = Callers.newKey(100_000, "INTEGRATION_CRM");

        List<HttpResponse<String>> answers = send(key, "/api/v1/integrations/crm/batch", 24).join();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 429)
                .filteredOn(status -> status == 200).hasSize(16);
        HttpResponse<String> refused = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).contains("/too-many-in-flight");
    }

    /** Calls that succeed, so the breaker's window of the last 20 calls holds nothing of other tests. */
    private static void healthyWindow() {
        for (int i = 0; i < 20; i++) {
            Callers.admin().get("/api/v1/clients").then().statusCode(200);
        }
    }

    private CompletableFuture<Map<Integer, Long>> fire(String key, String path, int count) {
        return send(key, path, count).thenApply(answers -> answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())));
    }

    private CompletableFuture<List<HttpResponse<String>>> send(String key, String path, int count) {
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, count)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + path))
                        .header("X-API-Key", key).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .thenApply(done -> sent.stream().map(CompletableFuture::join).toList());
    }
}
