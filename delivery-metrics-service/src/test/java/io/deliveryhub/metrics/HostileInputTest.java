package io.deliveryhub.metrics;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.testkit.HostileInput.PROBLEM;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.HostileInput;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile input is a 400 problem in the API's words before it reaches the database; every refusal is a problem. */
@QuarkusTest
class HostileInputTest {

    private static final String DEPLOYMENTS = "/api/v1/deployments";

    private static Map<String, Object> deployment(String field, Object value) {
        Map<String, Object> deployment = new HashMap<>(Map.of("externalId", "hostile-" + UUID.randomUUID(),
                "projectId", UUID.randomUUID().toString(), "service", "payments-api", "environment", "production",
                "startedAt", "2026-03-03T09:50:00Z", "finishedAt", "2026-03-03T10:00:00Z", "status", "SUCCESS"));
        deployment.put(field, value);
        return deployment;
    }

    @Test
    void refusesNulAndInvalidUtf8InPathAndQuery() {
        HostileInput.refusesNulAndInvalidUtf8InPathAndQuery(DEPLOYMENTS);
    }

    @Test
    void refusesNulAndInvalidUtf8InTheBody() {
        HostileInput.refusesNulAndInvalidUtf8InTheBody(DEPLOYMENTS);
        Api.as(ADMIN).body(deployment("service", "pay\u0000ments")).post(DEPLOYMENTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
    }

    @Test
    void namesWrongTypesInTheApiWords() {
        Api.as(ADMIN).body(deployment("status", "MAYBE")).post(DEPLOYMENTS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("status"), "errors[0].message", startsWith("must be one of "),
                        "errors[0].message", containsString("SUCCESS"));
        Api.as(ADMIN).body(deployment("startedAt", "noon")).post(DEPLOYMENTS)
                .then().statusCode(400).body("errors[0].field", is("startedAt"),
                        "errors[0].message", startsWith("must be a date-time"));
        Api.as(ADMIN).body(deployment("commits", List.of(Map.of("sha", "9f2c1e7", "committedAt", "yesterday")))).post(DEPLOYMENTS)
                .then().statusCode(400).body("errors[0].field", is("commits[0].committedAt"))
                .body(not(containsString("java")), not(containsString("Exception")));
    }

    @Test
    void answersBodilessAndMistypedWritesAtOnce() {
        HostileInput.answersBodilessAndMistypedWrites(DEPLOYMENTS);
    }

    @Test
    void answersEveryRefusalAsAProblem() {
        HostileInput.answersEveryRefusalAsAProblem(DEPLOYMENTS, DEPLOYMENTS);
        Api.as(ADMIN).accept("text/csv").get(DEPLOYMENTS).then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void boundsPagingSoTheOffsetCannotOverflow() {
        HostileInput.boundsPaging(DEPLOYMENTS);
    }

    @Test
    void authenticatesAWriteBeforeReadingItsBody() {
        HostileInput.authenticatesBeforeReadingTheBody(DEPLOYMENTS);
    }
}
