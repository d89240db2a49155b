package io.deliveryhub.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;

/**
 * The platform's rules for hostile input, checked against one service's own endpoints: each service's test calls
 * these with a list path, a path under it and a write, and adds what is particular to its own fields.
 */
public final class HostileInput {

    public static final String PROBLEM = "application/problem+json";
    private static final String ADMIN = "ADMIN";

    private HostileInput() {
    }

    /** NUL or invalid UTF-8 in the path or query: a 400 naming which, before any endpoint runs. */
    public static void refusesNulAndInvalidUtf8InPathAndQuery(String listPath) {
        Api.as(ADMIN).urlEncodingEnabled(false).get(listPath + "/a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("path"), "errors[0].message", is("must not contain a NUL character"));
        Api.as(ADMIN).urlEncodingEnabled(false).get(listPath + "/%C3%28")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", is("must be valid UTF-8"));
        Api.as(ADMIN).urlEncodingEnabled(false).get(listPath + "?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("query"));
        Api.as(ADMIN).urlEncodingEnabled(false).get(listPath + "?q=%FF%FE")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", is("must be valid UTF-8"));
        RawHttp.Reply raw = RawHttp.send("GET " + listPath + "/\u00ff\u00fe HTTP/1.1\r\n" + RawHttp.bearer(ADMIN),
                new byte[0]);
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.contentType()).startsWith(PROBLEM);
        // a blank id: refused (400 for a UUID, 404 for a key), never taken for an absent one
        Api.as(ADMIN).urlEncodingEnabled(false).get(listPath + "/%20")
                .then().statusCode(anyOf(is(400), is(404))).contentType(PROBLEM);
        // the HTTP decoder refuses control characters in a header itself, with a bare 400
        assertThat(RawHttp.send("GET " + listPath + " HTTP/1.1\r\n" + RawHttp.bearer(ADMIN) + "\r\nX-Note: a\u0000b",
                new byte[0]).status()).isEqualTo(400);
    }

    /** NUL (raw or escaped) or invalid UTF-8 in a body: a 400 on {@code body}; an escaped backslash is no NUL. */
    public static void refusesNulAndInvalidUtf8InTheBody(String writePath) {
        Api.as(ADMIN).body("{\"name\":\"a\\u0000b\"}").post(writePath)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("body"), "errors[0].message", startsWith("must not contain a NUL"));
        Api.as(ADMIN).body("{\"name\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8)).post(writePath)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
        Api.as(ADMIN).body("{\"name\":\"a \u00c3( b\"}".getBytes(StandardCharsets.ISO_8859_1)).post(writePath)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].message", is("must be valid UTF-8"));
        Api.as(ADMIN).body("{\"name\":\"a\\\\u0000b\"}").post(writePath)
                .then().statusCode(lessThan(500)).body(not(containsString("NUL")));
    }

    /** A write without its body: 400 at once; a body that is not JSON: 415. */
    public static void answersBodilessAndMistypedWrites(String writePath) {
        Api.as(ADMIN).post(writePath)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("body"), "errors[0].message", is("is required"));
        Api.as(ADMIN).contentType(ContentType.TEXT).body("name=x").post(writePath)
                .then().statusCode(415).contentType(PROBLEM);
        Api.as(ADMIN).body("{\"name\": ").post(writePath)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("body"), "detail", not(containsString("java")));
    }

    /** 404, 405, 406, 413, 414 and 431 as problems, not empty bodies. */
    public static void answersEveryRefusalAsAProblem(String listPath, String writePath) {
        Api.as(ADMIN).get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        Api.as(ADMIN).get("/nowhere").then().statusCode(404).contentType(PROBLEM);
        Api.as(ADMIN).delete(listPath).then().statusCode(405).contentType(PROBLEM);
        Api.as(ADMIN).accept("image/png").get(listPath).then().statusCode(406).contentType(PROBLEM);
        Api.as(ADMIN).get(listPath + "?q=" + "x".repeat(9000)).then().statusCode(414).contentType(PROBLEM);
        Api.as(ADMIN).header("X-Padding", "p".repeat(40_000)).get(listPath).then().statusCode(431).contentType(PROBLEM);
        Api.as(ADMIN).body("{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}").post(writePath)
                .then().statusCode(413).contentType(PROBLEM);
    }

    /** page × size can never overflow the row offset; a page beyond an int, or a blank one, names the parameter. */
    public static void boundsPaging(String listPath) {
        for (String blank : new String[] { "page", "size" }) {
            Api.as(ADMIN).queryParam(blank, " ").get(listPath)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", is(blank), "errors[0].message", is("must be a whole number"));
        }
        Api.as(ADMIN).queryParam("page", 2_000_000_000).queryParam("size", 500).get(listPath)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("page"));
        Api.as(ADMIN).queryParam("page", "99999999999").get(listPath)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("page"), "errors[0].message", is("must be a whole number"));
    }

    /** 5 MB announced and 10 bytes sent, without or with a forged token: an answer at all means it was not awaited. */
    public static void authenticatesBeforeReadingTheBody(String writePath) {
        RawHttp.Reply anonymous = RawHttp.send("POST " + writePath + " HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nContent-Length: 5000000", "{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM);
        RawHttp.Reply forged = RawHttp.send("POST " + writePath + " HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nAuthorization: Bearer " + TestTokens.forged(ADMIN) + "\r\nContent-Length: 5000000", new byte[10]);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith(PROBLEM);
    }
}
