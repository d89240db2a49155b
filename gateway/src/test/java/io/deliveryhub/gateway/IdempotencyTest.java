package io.deliveryhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static final String BODY = "{\"name\":\"Acme\"}";

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseWithoutExecutingAgain() {
        String uri = cannedCreate(201, "{\"id\":\"c-1\",\"name\":\"Acme\"}", 0);
        String key = UUID.randomUUID().toString();

        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(201)
                .body("id", is("c-1")).header("Idempotent-Replayed", nullValue());
        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(201)
                .contentType("application/json")
                .header("Idempotent-Replayed", "true")
                .body("id", is("c-1"));

        assertThat(hits(uri)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String uri = cannedCreate(201, "{\"id\":\"c-2\"}", 0);
        String key = UUID.randomUUID().toString();
        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(201);

        post(Callers.ADMIN_KEY, key, "{\"name\":\"Other\"}", uri).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(hits(uri)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String uri = cannedCreate(201, "{\"id\":\"c-3\"}", 0);
        String key = UUID.randomUUID().toString();
        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(201);
        post(Callers.newKey(100, "INTEGRATION_CRM"), key, BODY, uri).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        assertThat(hits(uri)).isEqualTo(2);
    }

    @Test
    void aDuplicateWhileTheFirstIsRunningIs409() {
        String uri = cannedCreate(201, "{\"id\":\"c-4\"}", 700);
        String key = UUID.randomUUID().toString();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> post(Callers.ADMIN_KEY, key, BODY, uri).statusCode());
        await().atMost(Duration.ofSeconds(5)).until(() -> hits(uri) == 1);

        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(409)
                .header("Retry-After", "1")
                .body("type", endsWith("/idempotency-key-in-flight"));
        assertThat(first.join()).isEqualTo(201);
    }

    @Test
    void aServerErrorIsNotKeptSoTheRetryExecutes() {
        String uri = cannedCreate(500, "{\"type\":\"about:blank\",\"status\":500}", 0);
        String key = UUID.randomUUID().toString();
        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(500);
        post(Callers.ADMIN_KEY, key, BODY, uri).then().statusCode(500).header("Idempotent-Replayed", nullValue());
        assertThat(hits(uri)).isEqualTo(2);
    }

    @Test
    void theServiceStillSeesTheInternalTokenAndRequestId() {
        String uri = cannedCreate(201, "{}", 0);
        post(Callers.ADMIN_KEY, UUID.randomUUID().toString(), BODY, uri).then().statusCode(201);
        assertThat(UpstreamStub.LAST.get().headers().get("Authorization")).startsWith("Bearer ");
        assertThat(UpstreamStub.LAST.get().headers().get("X-API-Key")).isNull();
        assertThat(UpstreamStub.LAST.get().headers().get("X-Request-Id")).isNotBlank();
        assertThat(UpstreamStub.LAST.get().bodyBytes()).isEqualTo(BODY.length());
    }

    @Test
    void aBodyAboveTheIdempotencyCapIs413WhateverTheRouteAllows() {
        String uri = "/api/v1/time-entries/batch?run=" + UUID.randomUUID();
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Callers.admin().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(twoMegabytes).post(uri)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"), "detail", containsString("Idempotency-Key"));
        Callers.admin().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(twoMegabytes)).post(uri)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(hits(uri)).isZero();

        Callers.admin().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(new byte[1024 * 1024])).post(uri)
                .then().statusCode(200).body("bytes", is(1024 * 1024));
    }

    private static String cannedCreate(int status, String body, long delayMillis) {
        String uri = "/api/v1/clients?run=" + UUID.randomUUID();
        UpstreamStub.CANNED.put(uri, new UpstreamStub.Canned(status, body, delayMillis));
        return uri;
    }

    private static io.restassured.response.Response post(String apiKey, String key, String body, String uri) {
        return Callers.withKey(apiKey).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post(uri);
    }

    private static int hits(String uri) {
        return UpstreamStub.hits("POST " + uri);
    }
}
