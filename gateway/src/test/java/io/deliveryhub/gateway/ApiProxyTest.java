package io.deliveryhub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiProxyTest {

    private static final String KEY = "test-admin-key";

    @Inject
    Vertx vertx;

    @Test
    void refusesARequestWithoutAKey() {
        given().get("/api/v1/projects")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("ApiKey"))
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("status", is(401), "type", endsWith("/unauthorized"));
    }

    @Test
    void refusesAWrongKey() {
        given().header("X-API-Key", "guess").get("/api/v1/projects")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("ApiKey"));
    }

    @Test
    void forwardsToTheOwningServiceWithASignedInternalToken() {
        given().header("X-API-Key", KEY).get("/api/v1/projects/ACME-PAY?include=team")
                .then().statusCode(200).body("path", is("/api/v1/projects/ACME-PAY"));

        UpstreamStub.Received received = UpstreamStub.LAST.get();
        assertThat(received.uri()).isEqualTo("/api/v1/projects/ACME-PAY?include=team");
        assertThat(received.headers().get("X-API-Key")).isNull();
        String token = received.headers().get("Authorization").substring("Bearer ".length());
        JsonObject claims = ForwardedToken.verified(token);
        assertThat(claims.getString("iss")).isEqualTo("deliveryhub-gateway");
        assertThat(claims.getString("sub")).isEqualTo("admin");
        assertThat(claims.getJsonArray("groups")).containsExactly("ADMIN");
        assertThat(claims.getLong("exp")).isGreaterThan(claims.getLong("iat"));
    }

    @Test
    void reusesTheTokenOfACallerInsteadOfSigningPerRequest() {
        given().header("X-API-Key", KEY).get("/api/v1/metrics/portfolio").then().statusCode(200);
        String first = UpstreamStub.LAST.get().headers().get("Authorization");
        given().header("X-API-Key", KEY).get("/api/v1/metrics/portfolio").then().statusCode(200);

        assertThat(UpstreamStub.LAST.get().headers().get("Authorization")).isEqualTo(first);
    }

    @Test
    void keepsTheCallersRequestIdAndSetsForwardedHeaders() {
        given().header("X-API-Key", KEY).header("X-Request-Id", "trace-42").header("Host", "hub.example.com")
                .get("/api/v1/clients")
                .then().statusCode(200).header("X-Request-Id", "trace-42");

        UpstreamStub.Received received = UpstreamStub.LAST.get();
        assertThat(received.headers().get("X-Request-Id")).isEqualTo("trace-42");
        assertThat(received.headers().get("X-Forwarded-Host")).isEqualTo("hub.example.com");
        assertThat(received.headers().get("X-Forwarded-Proto")).isEqualTo("http");
    }

    @Test
    void forwardingHeadersOfTheCallerNeverReachAService() {
        given().header("X-API-Key", KEY).header("Host", "hub.example.com")
                .header("X-Forwarded-Host", "evil.example.com").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/phish").header("X-Forwarded-For", "10.9.9.9")
                .header("x-forwarded-port", "444").header("Forwarded", "host=evil.example.com;proto=https")
                .get("/api/v1/clients")
                .then().statusCode(200);

        MultiMap headers = UpstreamStub.LAST.get().headers();
        assertThat(headers.getAll("X-Forwarded-Host")).containsExactly("hub.example.com");
        assertThat(headers.getAll("X-Forwarded-Proto")).containsExactly("http");
        assertThat(headers.getAll("X-Forwarded-For")).containsExactly("127.0.0.1");
        assertThat(headers.get("X-Forwarded-Prefix")).isNull();
        assertThat(headers.get("X-Forwarded-Port")).isNull();
        assertThat(headers.get("Forwarded")).isNull();
    }

    @Test
    void behindATrustedProxyTheServicesLearnTheClientAndTheSchemeItCalledOver() throws Exception {
        // 127.0.0.2 is the trusted proxy in the test configuration; the services build Location links from these
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setLocalAddress("127.0.0.2"));
        try {
            int status = client.request(HttpMethod.GET, RestAssured.port, "127.0.0.1", "/api/v1/clients")
                    .compose(request -> request.putHeader("X-API-Key", KEY).putHeader("Host", "hub.example.com")
                            .putHeader("X-Forwarded-For", "192.0.2.1, 198.51.100.20").putHeader("X-Forwarded-Proto", "https")
                            .send())
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(status).isEqualTo(200);
        } finally {
            client.close();
        }

        MultiMap headers = UpstreamStub.LAST.get().headers();
        assertThat(headers.getAll("X-Forwarded-Proto")).containsExactly("https");
        assertThat(headers.getAll("X-Forwarded-For")).containsExactly("198.51.100.20");
        assertThat(headers.getAll("X-Forwarded-Host")).containsExactly("hub.example.com");
    }

    @Test
    void eachInternalTokenNamesTheServiceItIsFor() {
        given().header("X-API-Key", KEY).get("/api/v1/clients").then().statusCode(200);
        assertThat(ForwardedToken.claims().getValue("aud")).isEqualTo("projects");
        given().header("X-API-Key", KEY).get("/api/v1/people").then().statusCode(200);
        assertThat(ForwardedToken.claims().getValue("aud")).isEqualTo("resources");
        given().header("X-API-Key", KEY).get("/api/v1/alerts").then().statusCode(200);
        assertThat(ForwardedToken.claims().getValue("aud")).isEqualTo("delivery-metrics");
    }

    @Test
    void replacesAnUnsafeRequestIdWithAFreshOne() {
        String id = given().header("X-API-Key", KEY).header("X-Request-Id", "bad id\twith spaces")
                .get("/api/v1/clients").then().statusCode(200).extract().header("X-Request-Id");

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(UpstreamStub.LAST.get().headers().get("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void streamsALargeBodyThrough() {
        byte[] body = new byte[8 * 1024 * 1024];
        given().header("X-API-Key", KEY).contentType("application/json").body(body)
                .post("/api/v1/projects")
                .then().statusCode(200).body("bytes", is(body.length));
        assertThat(UpstreamStub.LAST.get().method()).isEqualTo("POST");
    }

    @Test
    void answers404ForAPathNoServiceOwns() {
        given().header("X-API-Key", KEY).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-API-Key", KEY).get("/api/v1/projectsx")
                .then().statusCode(404);
    }

    @Test
    void explainsAnUnreachableServiceAsAProblem() {
        given().header("X-API-Key", KEY).get("/api/v1/legacy/things")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("type", endsWith("/upstream-unavailable"), "detail", containsString("legacy"));
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
