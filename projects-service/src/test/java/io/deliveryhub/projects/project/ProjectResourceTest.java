package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void createsAProposedProject() {
        String clientId = Fixtures.newClient();
        String key = Fixtures.newKey();
        String location = ProjectStaff.as(PROJECT_MANAGER).body(Fixtures.project(key, clientId))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("key", is(key), "status", is("PROPOSED"), "clientId", is(clientId),
                        "plannedStart", is("2026-03-02"), "plannedEnd", is("2026-09-30"),
                        "budget.amount", is("250000.00"), "budget.currency", is("EUR"), "version", is(1))
                .extract().header("Location");

        ProjectStaff.as(DELIVERY_LEAD).get(location).then().statusCode(200).header("ETag", "\"1\"").body("key", is(key));
    }

    @Test
    void createsAProjectWithItsDeliveryFields() {
        String pm = UUID.randomUUID().toString();
        String dm = UUID.randomUUID().toString();
        String lead = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        body.putAll(Map.of("deliveryModel", "TIME_AND_MATERIALS", "practice", " Data ", "projectManagerId", pm,
                "deliveryManagerId", dm, "deliveryLeadId", lead, "budgetHours", 1200.5,
                "tags", java.util.List.of("Cloud", " regulated", "cloud"), "probability", 0.6));

        ProjectStaff.as(DELIVERY_MANAGER).body(body).post("/api/v1/projects")
                .then().statusCode(201)
                .body("deliveryModel", is("TIME_AND_MATERIALS"), "practice", is("Data"),
                        "projectManagerId", is(pm), "deliveryManagerId", is(dm), "deliveryLeadId", is(lead),
                        "budgetHours", is(1200.5f), "tags", contains("cloud", "regulated"),
                        "probability", is(0.6f), "opportunity", nullValue());
    }

    @Test
    void refusesDeliveryFieldsOutOfRange() {
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        body.put("probability", 1.5);
        body.put("budgetHours", -1);
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(400).body("errors.field", hasItems("probability", "budgetHours"));

        body.remove("probability");
        body.remove("budgetHours");
        body.put("deliveryModel", "BARTER");
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", is("deliveryModel"));
    }

    @Test
    void findsAProjectByIdOrKey() {
        String clientId = Fixtures.newClient();
        String key = Fixtures.newKey();
        String id = Api.as(ADMIN).body(Fixtures.project(key, clientId)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/" + key).then().statusCode(200).body("id", is(id));
        Api.as(INTEGRATION_PIPELINES).get("/api/v1/projects/" + id).then().statusCode(200).body("key", is(key));
    }

    @Test
    void listsProjectsFilteredByClientAndStatus() {
        String clientId = Fixtures.newClient();
        for (int i = 0; i < 3; i++) {
            Api.as(ADMIN).body(Fixtures.project(Fixtures.newKey(), clientId)).post("/api/v1/projects").then().statusCode(201);
        }
        Api.as(TEAM_MEMBER).queryParam("clientId", clientId).queryParam("status", "PROPOSED")
                .queryParam("size", 2).queryParam("sort", "key,asc")
                .get("/api/v1/projects")
                .then().statusCode(200)
                .body("total", is(3), "items", hasSize(2), "items.clientId", everyItem(is(clientId)));
        Api.as(TEAM_MEMBER).queryParam("clientId", clientId).queryParam("status", "ACTIVE")
                .get("/api/v1/projects")
                .then().statusCode(200).body("total", is(0), "items", empty());
    }

    @Test
    void refusesADuplicateKey() {
        String clientId = Fixtures.newClient();
        String key = Fixtures.newKey();
        Api.as(ADMIN).body(Fixtures.project(key, clientId)).post("/api/v1/projects").then().statusCode(201);

        Api.as(ADMIN).body(Fixtures.project(key, clientId)).post("/api/v1/projects")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/duplicate-key"), "detail", containsString(key));
    }

    @Test
    void refusesAnUnknownClient() {
        Api.as(ADMIN).body(Fixtures.project(Fixtures.newKey(), UUID.randomUUID().toString()))
                .post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/unknown-client"));
    }

    @Test
    void refusesABudgetInAnotherCurrency() {
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        body.put("budget", Map.of("amount", "1000.00", "currency", "USD"));
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(422).body("detail", containsString("USD"));
    }

    @Test
    void refusesMalformedFields() {
        Map<String, Object> body = new HashMap<>(Fixtures.project("lower-case", Fixtures.newClient()));
        body.put("plannedStart", "not-a-date");
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", is("plannedStart"));

        body.put("plannedStart", "2026-03-02");
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(400).body("errors.field", hasItem("key"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        body.put("plannedEnd", "2026-01-01");
        Api.as(ADMIN).body(body).post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", is("plannedEnd"));
    }

    @Test
    void refusesAnUnknownStatusFilter() {
        Api.as(ADMIN).queryParam("status", "DREAMING").get("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("status"), "errors[0].message", containsString("ACTIVE"));
    }

    @Test
    void answers404ForAnUnknownProject() {
        Api.as(ADMIN).get("/api/v1/projects/NOPE-404").then().statusCode(404)
                .body("detail", containsString("NOPE-404"));
    }

    @Test
    void refusesUnauthenticatedAndUnauthorisedCallers() {
        Api.anonymous().get("/api/v1/projects").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        Api.as(TEAM_MEMBER).body(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()))
                .post("/api/v1/projects").then().statusCode(403);
        Api.as(INTEGRATION_CRM).body(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()))
                .post("/api/v1/projects").then().statusCode(403);
    }
}
