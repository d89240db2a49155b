package io.deliveryhub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A service busy on every connection the gateway keeps to it: further requests wait in a bounded queue for a bounded
 * time and are otherwise answered 503 without reaching it, and the refusals do not open its breaker. Here the gateway
 * has one event loop, one connection to each service, one place in the queue and half a second of patience.
 */
@QuarkusTest
@TestProfile(UpstreamQueueTest.OneConnection.class)
class UpstreamQueueTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.vertx.event-loops-pool-size", "1",
                    "deliveryhub.gateway.traffic.connections-per-loop", "1",
                    "deliveryhub.gateway.traffic.queue-limit", "1",
                    "deliveryhub.gateway.traffic.queue-timeout", "PT0.5S");
        }
    }

    // a batch path, whose long timeout lets the busy request be answered after the refusals
    private static final String BUSY = "/api/v1/integrations/crm/batch";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void requestsBeyondTheBusyConnectionAreRefusedWithoutReachingTheServiceOrOpeningItsBreaker() {
        UpstreamStub.CANNED.put(BUSY, new UpstreamStub.Canned(200, "{}", 3_000));
        String alice = Callers.newKey(100_000, "INTEGRATION_CRM");
        String bob = Callers.newKey(100_000, "INTEGRATION_CRM");
        CompletableFuture<HttpResponse<String>> served = send(alice, BUSY + "?n=0");
        await().atMost(Duration.ofSeconds(10)).until(() -> UpstreamStub.hits("GET " + BUSY + "?n=0") == 1);

        // one takes the place in the queue and waits it out, the others find it taken
        List<CompletableFuture<HttpResponse<String>>> refused = IntStream.rangeClosed(1, 10)
                .mapToObj(n -> send(n % 2 == 0 ? alice : bob, BUSY + "?n=" + n)).toList();
        List<HttpResponse<String>> answers = refused.stream().map(CompletableFuture::join).toList();

        assertThat(served).as("the busy connection's request is still being served").isNotDone();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.body()).contains("/upstream-busy");
        });
        assertThat(IntStream.rangeClosed(1, 10).map(n -> UpstreamStub.hits("GET " + BUSY + "?n=" + n)))
                .as("none reached the service").containsOnly(0);
        assertThat(served.join().statusCode()).isEqualTo(200);
        // the same service: its breaker took none of the refusals as failures
        Callers.withKey(bob).get("/api/v1/clients").then().statusCode(200).body("path", is("/api/v1/clients"));
    }

    @Test
    void aViewWhoseServiceIsBusyIsRefusedAsTheProxyWouldRefuseIt() {
        UpstreamStub.CANNED.put(BUSY, new UpstreamStub.Canned(200, "{}", 3_000));
        CompletableFuture<HttpResponse<String>> served = send(Callers.newKey(100_000, "INTEGRATION_CRM"), BUSY + "?view");
        await().atMost(Duration.ofSeconds(10)).until(() -> UpstreamStub.hits("GET " + BUSY + "?view") == 1);

        Callers.admin().get("/api/v1/views/projects/BUSY-VIEW").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", endsWith("/upstream-busy"));

        assertThat(UpstreamStub.hits("GET /api/v1/projects/BUSY-VIEW")).as("the view's project was not asked for").isZero();
        assertThat(served.join().statusCode()).isEqualTo(200);
    }

    private CompletableFuture<HttpResponse<String>> send(String key, String pathAndQuery) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                .header("X-API-Key", key).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
