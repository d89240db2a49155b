package io.deliveryhub.resources;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.testkit.HostileInput.PROBLEM;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.HostileInput;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile input is a 400 problem in the API's words before it reaches the database; every refusal is a problem. */
@QuarkusTest
class HostileInputTest {

    private static Map<String, Object> entry(String field, Object value) {
        Map<String, Object> entry = new java.util.HashMap<>(Map.of("personId", UUID.randomUUID().toString(),
                "projectId", UUID.randomUUID().toString(), "date", "2026-03-02", "hours", 7.5, "billable", true));
        entry.put(field, value);
        return entry;
    }

    @Test
    void refusesNulAndInvalidUtf8InPathAndQuery() {
        HostileInput.refusesNulAndInvalidUtf8InPathAndQuery("/api/v1/people");
    }

    @Test
    void refusesNulAndInvalidUtf8InTheBody() {
        HostileInput.refusesNulAndInvalidUtf8InTheBody("/api/v1/people");
        Api.as(ADMIN).body(entry("description", "late\u0000night")).post("/api/v1/time-entries")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
        Api.as(ADMIN).body("{\"entries\":[{\"description\":\"\\u0000\"}]}").post("/api/v1/time-entries/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
    }

    @Test
    void namesWrongTypesInTheApiWords() {
        Api.as(ADMIN).body(entry("billable", "maybe")).post("/api/v1/time-entries")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("billable"), "errors[0].message", is("must be true or false"),
                        "detail", is("billable: must be true or false"));
        Api.as(ADMIN).body(entry("hours", "seven")).post("/api/v1/time-entries")
                .then().statusCode(400).body("errors[0].field", is("hours"), "errors[0].message", is("must be a number"));
        Api.as(ADMIN).body(entry("date", "2026-02-30")).post("/api/v1/time-entries")
                .then().statusCode(400)
                .body("errors[0].field", is("date"), "errors[0].message", is("must be a date YYYY-MM-DD"));
        Api.as(ADMIN).body(entry("personId", "me")).post("/api/v1/time-entries")
                .then().statusCode(400).body("errors[0].field", is("personId"), "errors[0].message", is("must be a UUID"));
        Api.as(ADMIN).body(entry("externalRef", "TE-1")).post("/api/v1/time-entries")
                .then().statusCode(400)
                .body("errors[0].field", is("externalRef"), "errors[0].message", is("must be an object"))
                .body(not(containsString("java")), not(containsString("Exception")));
    }

    @Test
    void namesBadTypedQueryParameters() {
        Api.as(ADMIN).queryParam("active", "sometimes").get("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("active"), "errors[0].message", is("must be true or false"));
        Api.as(ADMIN).get("/api/v1/people/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("id"), "errors[0].message", is("must be a UUID"));
    }

    @Test
    void answersBodilessAndMistypedWritesAtOnce() {
        HostileInput.answersBodilessAndMistypedWrites("/api/v1/people");
        Api.as(ADMIN).post("/api/v1/time-entries/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
    }

    @Test
    void answersEveryRefusalAsAProblem() {
        HostileInput.answersEveryRefusalAsAProblem("/api/v1/people", "/api/v1/people");
    }

    @Test
    void boundsPagingSoTheOffsetCannotOverflow() {
        HostileInput.boundsPaging("/api/v1/people");
    }

    @Test
    void authenticatesAWriteBeforeReadingItsBody() {
        HostileInput.authenticatesBeforeReadingTheBody("/api/v1/time-entries/batch");
    }
}
