package io.deliveryhub.metrics.incident;

import static io.deliveryhub.metrics.Telemetry.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentResourceTest {

    private static final String INCIDENTS = "/api/v1/incidents";

    private UUID project;

    @BeforeEach
    void knownProject() {
        project = ProjectFeed.knownProject();
    }

    @Test
    void recordsAnOpenIncidentAndPointsToIt() {
        Map<String, Object> body = incident(project, "2026-03-03T11:00:00Z");

        String location = post(INCIDENTS, body).statusCode(201).header("ETag", "\"1\"")
                .body("externalId", is(body.get("externalId")), "projectId", is(project.toString()),
                        "service", is("payments-api"), "openedAt", is("2026-03-03T11:00:00Z"),
                        "resolvedAt", nullValue(), "status", is("OPEN"), "severity", is("SEV2"), "version", is(1))
                .extract().header("Location");

        Api.as(PROJECT_MANAGER).get(location).then().statusCode(200).body("status", is("OPEN"));
    }

    @Test
    void resolvesAnIncidentPostedAgainWithResolvedAt() {
        Map<String, Object> body = incident(project, "2026-03-03T11:00:00Z");
        String id = post(INCIDENTS, body).statusCode(201).extract().path("id");

        post(INCIDENTS, with(body, "resolvedAt", "2026-03-03T12:30:00Z")).statusCode(200).header("ETag", "\"2\"")
                .body("id", is(id), "status", is("RESOLVED"), "resolvedAt", is("2026-03-03T12:30:00Z"),
                        "version", is(2));
        post(INCIDENTS, with(body, "resolvedAt", "2026-03-03T12:30:00Z")).statusCode(200)
                .body("version", is(2));
    }

    @Test
    void recordsAnIncidentResolvedFromTheStartAndNamingItsDeployment() {
        String deployment = post("/api/v1/deployments", deployment(project, "2026-03-03T10:00:00Z")).statusCode(201)
                .extract().path("externalId");
        Map<String, Object> body = with(with(incident(project, "2026-03-03T11:00:00Z"), "resolvedAt",
                "2026-03-03T11:20:00Z"), "deploymentExternalId", deployment);

        post(INCIDENTS, body).statusCode(201).body("status", is("RESOLVED"), "deploymentExternalId", is(deployment));
    }

    @Test
    void acceptsANamedDeploymentThatHasNotArrivedYet() {
        post(INCIDENTS, with(incident(project, "2026-03-03T11:00:00Z"), "deploymentExternalId", "later-" + UUID.randomUUID()))
                .statusCode(201);
    }

    @Test
    void refusesADeploymentOfAnotherProject() {
        UUID other = ProjectFeed.knownProject();
        String deployment = post("/api/v1/deployments", deployment(other, "2026-03-03T10:00:00Z")).statusCode(201)
                .extract().path("externalId");

        post(INCIDENTS, with(incident(project, "2026-03-03T11:00:00Z"), "deploymentExternalId", deployment))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/deployment-of-another-project"));
    }

    @Test
    void refusesResolutionBeforeTheIncidentOpened() {
        post(INCIDENTS, with(incident(project, "2026-03-03T11:00:00Z"), "resolvedAt", "2026-03-03T10:59:59Z"))
                .statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"), "errors[0].field", is("resolvedAt"));
    }

    @Test
    void refusesMissingFieldsNamingEachOne() {
        post(INCIDENTS, Map.of("projectId", project.toString())).statusCode(400)
                .body("errors.field", hasItems("externalId", "service", "openedAt", "severity"));
    }

    @Test
    void refusesAProjectDeliveryMetricsDoesNotKnow() {
        post(INCIDENTS, incident(UUID.randomUUID(), "2026-03-03T11:00:00Z")).statusCode(422)
                .body("type", endsWith("/unknown-project"));
    }

    @Test
    void refusesMovingAnIncidentToAnotherProject() {
        Map<String, Object> body = incident(project, "2026-03-03T11:00:00Z");
        post(INCIDENTS, body).statusCode(201);

        post(INCIDENTS, with(body, "projectId", ProjectFeed.knownProject().toString())).statusCode(409)
                .body("type", endsWith("/project-mismatch"));
    }

    @Test
    void listsIncidentsFilteredByStatusAndDays() {
        Map<String, Object> open = incident(project, "2026-03-03T11:00:00Z");
        post(INCIDENTS, open).statusCode(201);
        post(INCIDENTS, with(incident(project, "2026-03-04T11:00:00Z"), "resolvedAt", "2026-03-04T12:00:00Z"))
                .statusCode(201);
        post(INCIDENTS, incident(project, "2026-03-06T11:00:00Z")).statusCode(201);

        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(INCIDENTS).then().statusCode(200)
                .body("total", is(3), "items[0].openedAt", is("2026-03-06T11:00:00Z"));
        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).queryParam("status", "OPEN")
                .queryParam("to", "2026-03-05").get(INCIDENTS).then().statusCode(200)
                .body("total", is(1), "items[0].externalId", is(open.get("externalId")));
        Api.as(INTEGRATION_PIPELINES).queryParam("projectId", project.toString()).queryParam("status", "RESOLVED")
                .queryParam("service", "payments-api").get(INCIDENTS).then().statusCode(200)
                .body("total", is(1), "items[0].status", is("RESOLVED"));
    }

    @Test
    void refusesMalformedFilters() {
        Api.as(ADMIN).queryParam("to", "2026-02-30").get(INCIDENTS).then().statusCode(400)
                .body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("status", "CLOSED").get(INCIDENTS).then().statusCode(400)
                .body("errors[0].field", is("status"));
    }

    @Test
    void answers404ForAnUnknownIncident() {
        Api.as(ADMIN).get(INCIDENTS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void letsOnlyPipelinesAndAdminRecordAndPeopleAndPipelinesRead() {
        Map<String, Object> body = incident(project, "2026-03-03T11:00:00Z");
        Api.as(DELIVERY_MANAGER).body(body).post(INCIDENTS).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(ADMIN).body(body).post(INCIDENTS).then().statusCode(201);
        Api.as(HEAD_OF_DELIVERY).get(INCIDENTS).then().statusCode(200);
        Api.as(INTEGRATION_CRM).get(INCIDENTS).then().statusCode(403);
        Api.anonymous().get(INCIDENTS).then().statusCode(401);
    }
}
