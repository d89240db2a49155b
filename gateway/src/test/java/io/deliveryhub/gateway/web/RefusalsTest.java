package io.deliveryhub.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

    @Test
    void rawBytesBeyondAsciiInTheRequestTargetAreA400Problem() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /api/v1/projects/\u00ff\u00fe\u00c3( HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("path: must be ASCII");
        }
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /api/v1/clients?q=\u00c3( HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("query: must be ASCII");
        }
    }
}
