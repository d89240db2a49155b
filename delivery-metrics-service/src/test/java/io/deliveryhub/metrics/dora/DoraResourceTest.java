package io.deliveryhub.metrics.dora;

import static io.deliveryhub.metrics.Telemetry.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DORA through the API over telemetry posted by a pipeline; each test has its own project. */
@QuarkusTest
class DoraResourceTest {

    private static final String DORA = "/api/v1/metrics/dora";
    private static final String DEPLOYMENTS = "/api/v1/deployments";
    private static final String INCIDENTS = "/api/v1/incidents";

    @Test
    void computesTheFourKeysOfAProjectFromItsTelemetry() {
        UUID project = ProjectFeed.knownProject();
        // Week 1 (2–8 March): deployments on 3 days; week 2 (9–15 March): on 1 day.
        String first = post(DEPLOYMENTS, deployment(project, "2026-03-02T10:00:00Z", "c1", "2026-03-02T08:00:00Z"))
                .statusCode(201).extract().path("externalId");
        post(DEPLOYMENTS, deployment(project, "2026-03-03T10:00:00Z", "c2", "2026-03-03T06:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-04T10:00:00Z", "c3", "2026-03-03T10:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-10T10:00:00Z", "c4", "2026-03-10T09:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-11T10:00:00Z"), "status", "FAILURE")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-12T10:00:00Z"), "environment", "staging")).statusCode(201);
        // Names the first deployment; resolved 3 h after it finished.
        post(INCIDENTS, with(with(incident(project, "2026-03-02T11:00:00Z"), "deploymentExternalId", first),
                "resolvedAt", "2026-03-02T13:00:00Z")).statusCode(201);
        // Names none: linked to the 10 March deployment (the failed one does not count); resolved 5 h after it.
        post(INCIDENTS, with(incident(project, "2026-03-11T12:00:00Z"), "resolvedAt", "2026-03-11T15:00:00Z"))
                .statusCode(201);

        Api.as(HEAD_OF_DELIVERY).queryParam("projectId", project.toString())
                .queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .get(DORA).then().statusCode(200)
                .body("projectId", is(project.toString()), "from", is("2026-03-02"), "to", is("2026-03-15"))
                // 4 successful production deployments over 2 weeks; deployment days per week 3 and 1 → median 2.
                .body("deploymentFrequency.perWeek", is(2.0f),
                        "deploymentFrequency.medianDeploymentDaysPerWeek", is(2.0f),
                        "deploymentFrequency.band", is("high"))
                // Lead times 2, 4, 24, 1 h → median 3 h.
                .body("leadTimeForChanges.medianHours", is(3.0f), "leadTimeForChanges.band", is("elite"))
                // 2 of 4 successful deployments linked to an incident.
                .body("changeFailureRate.rate", is(0.5f), "changeFailureRate.band", is("low"))
                // Recovery 3 h and 29 h → median 16 h.
                .body("recoveryTime.medianHours", is(16.0f), "recoveryTime.band", is("high"));
    }

    @Test
    void linksIncidentsToDeploymentsBeforeTheWindowWithoutCountingThem() {
        UUID project = ProjectFeed.knownProject();
        String named = post(DEPLOYMENTS, deployment(project, "2026-02-20T10:00:00Z")).statusCode(201)
                .extract().path("externalId");
        post(DEPLOYMENTS, deployment(project, "2026-02-25T10:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-02-27T10:00:00Z"), "status", "FAILURE")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-02-28T10:00:00Z"), "service", "web")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-04T10:00:00Z")).statusCode(201);
        // Names none, opened before the window's own deployment: linked to the 25 February one, resolved 6 days on.
        post(INCIDENTS, with(incident(project, "2026-03-02T09:00:00Z"), "resolvedAt", "2026-03-03T10:00:00Z"))
                .statusCode(201);
        // Names the 20 February deployment: resolved 11 days and 2 hours after it.
        post(INCIDENTS, with(with(incident(project, "2026-03-02T10:00:00Z"), "resolvedAt", "2026-03-03T12:00:00Z"),
                "deploymentExternalId", named)).statusCode(201);

        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-08").get(DORA).then().statusCode(200)
                .body("deploymentFrequency.perWeek", is(1.0f), "changeFailureRate.rate", is(0.0f))
                // 144 h and 266 h → 205 h.
                .body("recoveryTime.medianHours", is(205.0f), "recoveryTime.band", is("low"));
    }

    @Test
    void linksAnIncidentNamingAnUnknownDeploymentToTheLatestOneBeforeIt() {
        UUID project = ProjectFeed.knownProject();
        post(DEPLOYMENTS, deployment(project, "2026-02-25T10:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-04T10:00:00Z")).statusCode(201);
        // Names a deployment no pipeline posted: linked to the 25 February one, resolved 6 days and 1 hour on.
        post(INCIDENTS, with(with(incident(project, "2026-03-02T09:00:00Z"), "resolvedAt", "2026-03-03T11:00:00Z"),
                "deploymentExternalId", newExternalId("unknown"))).statusCode(201);
        // Names one that is not ours either, opened after the window's own deployment: linked to it.
        post(INCIDENTS, with(with(incident(project, "2026-03-05T09:00:00Z"), "resolvedAt", "2026-03-05T12:00:00Z"),
                "deploymentExternalId", newExternalId("unknown"))).statusCode(201);

        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-08").get(DORA).then().statusCode(200)
                .body("changeFailureRate.rate", is(1.0f), "changeFailureRate.band", is("low"))
                // 145 h and 26 h → 85.5 h.
                .body("recoveryTime.medianHours", is(85.5f));
    }

    @Test
    void countsACommitShippedAgainAtItsFirstDeploymentOnly() {
        UUID project = ProjectFeed.knownProject();
        post(DEPLOYMENTS, deployment(project, "2026-02-27T10:00:00Z", "c1", "2026-02-27T08:00:00Z")).statusCode(201);
        // Ships c1 again (first shipped before the window: not counted) and c2 twice in the window.
        post(DEPLOYMENTS, deployment(project, "2026-03-03T10:00:00Z", "c1", "2026-02-27T08:00:00Z",
                "c2", "2026-03-03T09:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-04T10:00:00Z", "c2", "2026-03-03T09:00:00Z",
                "c3", "2026-03-04T07:00:00Z")).statusCode(201);

        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-08").get(DORA).then().statusCode(200)
                // c2 after 1 h, c3 after 3 h → 2 h.
                .body("leadTimeForChanges.medianHours", is(2.0f), "leadTimeForChanges.band", is("elite"));
    }

    @Test
    void hasNoChangeFailureRateWhenEveryDeploymentFailed() {
        UUID project = ProjectFeed.knownProject();
        String broken = post(DEPLOYMENTS, with(deployment(project, "2026-03-03T10:00:00Z"), "status", "FAILURE"))
                .statusCode(201).extract().path("externalId");
        post(INCIDENTS, with(with(incident(project, "2026-03-03T10:10:00Z"), "resolvedAt", "2026-03-03T10:40:00Z"),
                "deploymentExternalId", broken)).statusCode(201);

        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-08").get(DORA).then().statusCode(200)
                .body("deploymentFrequency.perWeek", is(0.0f), "deploymentFrequency.band", is("low"))
                .body("changeFailureRate.rate", nullValue(), "changeFailureRate.band", nullValue())
                .body("recoveryTime.medianHours", is(0.667f));
    }

    @Test
    void narrowsToOneServiceAndCountsProductionWhateverItsCase() {
        UUID project = ProjectFeed.knownProject();
        post(DEPLOYMENTS, with(deployment(project, "2026-03-02T10:00:00Z"), "environment", "Production")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-03T10:00:00Z"), "service", "web")).statusCode(201);

        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).queryParam("service", "payments-api")
                .queryParam("from", "2026-03-02").queryParam("to", "2026-03-08")
                .get(DORA).then().statusCode(200)
                .body("service", is("payments-api"), "deploymentFrequency.perWeek", is(1.0f),
                        "changeFailureRate.rate", is(0.0f), "changeFailureRate.band", is("elite"));
    }

    @Test
    void answersNullsWithoutDataOverTheNinetyDaysUpToToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Api.as(DELIVERY_MANAGER).queryParam("projectId", ProjectFeed.knownProject().toString()).get(DORA).then()
                .statusCode(200)
                .body("from", is(today.minusDays(89).toString()), "to", is(today.toString()))
                .body("deploymentFrequency.perWeek", nullValue(), "deploymentFrequency.band", nullValue(),
                        "leadTimeForChanges.medianHours", nullValue(), "leadTimeForChanges.band", nullValue(),
                        "changeFailureRate.rate", nullValue(), "changeFailureRate.band", nullValue(),
                        "recoveryTime.medianHours", nullValue(), "recoveryTime.band", nullValue());
    }

    @Test
    void endsTheDefaultWindowAtTheGivenDay() {
        Api.as(ADMIN).queryParam("projectId", UUID.randomUUID().toString()).queryParam("to", "2026-03-31")
                .get(DORA).then().statusCode(200).body("from", is("2026-01-01"), "to", is("2026-03-31"));
    }

    @Test
    void coversThePortfolioWithoutProject() {
        post(DEPLOYMENTS, deployment(ProjectFeed.knownProject(), "2026-03-05T10:00:00Z")).statusCode(201);

        Api.as(PROJECT_MANAGER).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15").get(DORA).then()
                .statusCode(200).body("projectId", nullValue(), "deploymentFrequency.perWeek", greaterThan(0f));
    }

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        Api.as(ADMIN).queryParam("from", "2026-03-10").queryParam("to", "2026-03-09").get(DORA).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"), "errors[0].field", is("to"));
    }

    @Test
    void refusesAWindowOfMoreThanTwoYears() {
        Api.as(ADMIN).queryParam("from", "2024-03-09").queryParam("to", "2026-03-09").get(DORA).then()
                .statusCode(200);
        Api.as(ADMIN).queryParam("from", "2024-03-08").queryParam("to", "2026-03-09").get(DORA).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("from"), "errors[0].message", is("the window may span at most 731 days"));
        Api.as(ADMIN).queryParam("from", "0001-01-01").get(DORA).then()
                .statusCode(400).body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("to", "+999999999-12-31").get(DORA).then()
                .statusCode(400).body("errors[0].field", is("to"), "errors[0].message", is("must be a date YYYY-MM-DD"));
    }

    @Test
    void refusesMalformedDatesAndIds() {
        Api.as(ADMIN).queryParam("from", "2026-13-01").get(DORA).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("to", "tomorrow").get(DORA).then().statusCode(400)
                .body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("projectId", "ACME").get(DORA).then().statusCode(400)
                .body("errors[0].field", is("projectId"));
    }

    @Test
    void letsPeopleAndAdminReadButNoIntegration() {
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD,
                TEAM_MEMBER, ADMIN }) {
            Api.as(role).get(DORA).then().statusCode(200);
        }
        Api.as(INTEGRATION_PIPELINES).get(DORA).then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().get(DORA).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }
}
