package io.deliveryhub.projects;

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

    @Test
    void refusesNulAndInvalidUtf8InPathAndQuery() {
        HostileInput.refusesNulAndInvalidUtf8InPathAndQuery("/api/v1/projects");
    }

    @Test
    void refusesNulAndInvalidUtf8InTheBody() {
        HostileInput.refusesNulAndInvalidUtf8InTheBody("/api/v1/clients");
        Api.as(ADMIN).body("{\"name\":\"Acme \\\\u0000 Bank\"}").post("/api/v1/clients")
                .then().statusCode(201).body("name", is("Acme \\u0000 Bank"));
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
        Api.as(ADMIN).body("{\"name\": \"Acme\", \"externalRefs\": \"none\"}").post("/api/v1/clients")
                .then().statusCode(400)
                .body("errors[0].field", is("externalRefs"), "errors[0].message", is("must be an array"));
    }

    @Test
    void namesABadTypedQueryParameter() {
        Api.as(ADMIN).queryParam("clientId", "42").get("/api/v1/projects")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("clientId"), "errors[0].message", is("must be a UUID"));
    }

    @Test
    void answersBodilessAndMistypedWritesAtOnce() {
        HostileInput.answersBodilessAndMistypedWrites("/api/v1/clients");
        String id = Api.as(ADMIN).body(Map.of("name", "Bodiless Ltd")).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Api.as(ADMIN).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .patch("/api/v1/clients/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("body"));
        Api.as(ADMIN).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"SLEEPING\"}").patch("/api/v1/clients/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("status"), "errors[0].message", startsWith("must be one of ACTIVE"));
    }

    @Test
    void answersEveryRefusalAsAProblem() {
        HostileInput.answersEveryRefusalAsAProblem("/api/v1/clients", "/api/v1/clients");
    }

    @Test
    void boundsPagingSoTheOffsetCannotOverflow() {
        HostileInput.boundsPaging("/api/v1/clients");
    }

    @Test
    void authenticatesAWriteBeforeReadingItsBody() {
        HostileInput.authenticatesBeforeReadingTheBody("/api/v1/clients");
    }
}
