package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile input is a 400 problem in the API's words before it reaches the database; every refusal is a problem. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void refusesNulInThePath() {
        Api.as(ADMIN).urlEncodingEnabled(false).get("/api/v1/projects/ACME%00PAY")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("path"),
                        "errors[0].message", containsString("NUL"));
    }

    @Test
    void refusesNulAndInvalidUtf8InTheQuery() {
        Api.as(ADMIN).urlEncodingEnabled(false).get("/api/v1/clients?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("query"));
        Api.as(ADMIN).urlEncodingEnabled(false).get("/api/v1/clients?q=%C3%28")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", is("must be valid UTF-8"));
    }

    @Test
    void refusesInvalidUtf8InTheRawPath() {
        RawHttp.Reply reply = RawHttp.send("GET /api/v1/projects/\u00ff\u00fe HTTP/1.1\r\n" + RawHttp.bearer(ADMIN),
                new byte[0]);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }

    @Test
    void refusesNulInAHeaderBeforeAnyEndpoint() {
        // the HTTP decoder itself refuses it, with an empty 400 that nothing behind it can dress as a problem
        RawHttp.Reply reply = RawHttp.send("GET /api/v1/clients HTTP/1.1\r\n" + RawHttp.bearer(ADMIN)
                + "\r\nX-Note: a\u0000b", new byte[0]);
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void refusesNulInAJsonBody() {
        Api.as(ADMIN).body("{\"name\":\"Acme\\u0000Bank\"}").post("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"),
                        "errors[0].message", containsString("NUL"));
        // an escaped backslash before u0000 is the text \u0000, not a NUL
        Api.as(ADMIN).body("{\"name\":\"Acme \\\\u0000 Bank\"}").post("/api/v1/clients")
                .then().statusCode(201).body("name", is("Acme \\u0000 Bank"));
    }

    @Test
    void refusesAnInvalidUtf8Body() {
        byte[] body = "{\"name\":\"Acme \u00c3( Bank\"}".getBytes(StandardCharsets.ISO_8859_1);
        Api.as(ADMIN).body(body).post("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", is("must be valid UTF-8"));
    }

    @Test
    void namesWrongTypesInTheApiWords() {
        Api.as(ADMIN).body(Map.of("key", "TYPES-1", "name", "Types", "clientId", "not-a-uuid"))
                .post("/api/v1/projects")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("clientId"), "errors[0].message", is("must be a UUID"));
        Api.as(ADMIN).body(Map.of("key", "TYPES-2", "name", "Types", "clientId", UUID.randomUUID().toString(),
                "plannedStart", "next tuesday")).post("/api/v1/projects")
                .then().statusCode(400)
                .body("errors[0].field", is("plannedStart"), "errors[0].message", is("must be a date YYYY-MM-DD"));
        Api.as(ADMIN).body(Map.of("key", "TYPES-3", "name", "Types", "clientId", UUID.randomUUID().toString(),
                "budgetHours", "lots")).post("/api/v1/projects")
                .then().statusCode(400)
                .body("errors[0].field", is("budgetHours"), "errors[0].message", is("must be a number"));
        Api.as(ADMIN).body(Map.of("key", "TYPES-4", "name", "Types", "clientId", UUID.randomUUID().toString(),
                "deliveryModel", "WHATEVER")).post("/api/v1/projects")
                .then().statusCode(400)
                .body("errors[0].field", is("deliveryModel"), "errors[0].message", startsWith("must be one of "))
                .body(not(containsString("java.")), not(containsString("io.deliveryhub")));
        Api.as(ADMIN).body("{\"name\": [1, 2]}").post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", is("name"), "errors[0].message", is("must be a string"));
        Api.as(ADMIN).body("{\"name\": ").post("/api/v1/clients")
                .then().statusCode(400).body("detail", not(containsString("java")), "errors[0].field", is("body"));
    }

    @Test
    void namesABadTypedQueryParameter() {
        Api.as(ADMIN).queryParam("clientId", "42").get("/api/v1/projects")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("clientId"), "errors[0].message", is("must be a UUID"));
    }

    @Test
    void answersABodilessWriteAtOnce() {
        Api.as(ADMIN).post("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"),
                        "errors[0].message", is("is required"));
        String id = Api.as(ADMIN).body(Map.of("name", "Bodiless Ltd")).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Api.as(ADMIN).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .patch("/api/v1/clients/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
    }

    @Test
    void answersEveryRefusalAsAProblem() {
        Api.as(ADMIN).get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        Api.as(ADMIN).get("/nowhere").then().statusCode(404).contentType(PROBLEM);
        Api.as(ADMIN).delete("/api/v1/clients").then().statusCode(405).contentType(PROBLEM);
        Api.as(ADMIN).accept("image/png").get("/api/v1/clients").then().statusCode(406).contentType(PROBLEM);
        Api.as(ADMIN).contentType(ContentType.TEXT).body("name=Acme").post("/api/v1/clients")
                .then().statusCode(415).contentType(PROBLEM);
        Api.as(ADMIN).get("/api/v1/clients?q=" + "x".repeat(9000)).then().statusCode(414).contentType(PROBLEM);
        Api.as(ADMIN).header("X-Padding", "p".repeat(40_000)).get("/api/v1/clients")
                .then().statusCode(431).contentType(PROBLEM);
        Api.as(ADMIN).body("{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}").post("/api/v1/clients")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void boundsPagingSoTheOffsetCannotOverflow() {
        Api.as(ADMIN).queryParam("page", 2_000_000_000).queryParam("size", 500).get("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("page"));
        Api.as(ADMIN).queryParam("page", "99999999999").get("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("page"), "errors[0].message", is("must be a whole number"));
    }

    @Test
    void refusesAnUnauthenticatedWriteWithoutReadingItsBody() {
        // 5 MB announced, 10 bytes sent: an answer at all proves the body was not awaited
        RawHttp.Reply reply = RawHttp.send("POST /api/v1/clients HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nContent-Length: 5000000", "{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        RawHttp.Reply forged = RawHttp.send("POST /api/v1/clients HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nAuthorization: Bearer not.a.token\r\nContent-Length: 5000000", new byte[10]);
        assertThat(forged.status()).isEqualTo(401);
    }
}
