package io.deliveryhub.metrics.deployment;

import static io.deliveryhub.metrics.Telemetry.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeploymentResourceTest {

    private static final String DEPLOYMENTS = "/api/v1/deployments";

    private UUID project;

    @BeforeEach
    void knownProject() {
        project = ProjectFeed.knownProject();
    }

    @Test
    void recordsANewDeploymentAndPointsToIt() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z");

        String location = post(DEPLOYMENTS, body).statusCode(201)
                .header("ETag", "\"1\"")
                .body("externalId", is(body.get("externalId")), "projectId", is(project.toString()),
                        "service", is("payments-api"), "environment", is("production"),
                        "startedAt", is("2026-03-03T09:50:00Z"), "finishedAt", is("2026-03-03T10:00:00Z"),
                        "status", is("SUCCESS"), "commits[0].sha", is("9f2c1e7"),
                        "commits[0].committedAt", is("2026-03-03T08:15:00Z"), "version", is(1))
                .extract().header("Location");

        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("externalId", is(body.get("externalId")), "commits", hasSize(1));
    }

    @Test
    void answersAnIdenticalReplayWith200AndTheSameVersion() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z");
        String id = post(DEPLOYMENTS, body).statusCode(201).extract().path("id");

        post(DEPLOYMENTS, body).statusCode(200).header("ETag", "\"1\"").body("id", is(id), "version", is(1));
    }

    @Test
    void replacesADeploymentReportedAgainWithOtherContent() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z");
        String id = post(DEPLOYMENTS, body).statusCode(201).extract().path("id");
        Map<String, Object> corrected = with(with(body, "status", "FAILURE"), "commits",
                List.of(Map.of("sha", "a1b2c3d", "committedAt", "2026-03-03T09:00:00Z"),
                        Map.of("sha", "e4f5a6b", "committedAt", "2026-03-03T09:10:00Z")));

        post(DEPLOYMENTS, corrected).statusCode(200).header("ETag", "\"2\"")
                .body("id", is(id), "version", is(2), "status", is("FAILURE"),
                        "commits.sha", contains("a1b2c3d", "e4f5a6b"));
        Api.as(ADMIN).get(DEPLOYMENTS + "/" + id).then().statusCode(200).body("commits", hasSize(2));
    }

    @Test
    void recordsADeploymentPostedConcurrentlyOnceAndNeverFails() throws Exception {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses;
        try {
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(pool.submit(() -> post(DEPLOYMENTS, body).extract().statusCode()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> result : posts) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        // The losers of the race either see the winner's row (200) or meet its unique key (409, retryable).
        assertThat(statuses).containsOnlyOnce(201).allMatch(status -> status == 201 || status == 200 || status == 409);
        Api.as(ADMIN).queryParam("projectId", project.toString()).get(DEPLOYMENTS).then().body("total", is(1));
    }

    @Test
    void acceptsADeploymentWithoutCommits() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z");
        body.remove("commits");

        post(DEPLOYMENTS, body).statusCode(201).body("commits", empty());
    }

    @Test
    void refusesADeploymentFinishingBeforeItStarted() {
        Map<String, Object> body = with(deployment(project, "2026-03-03T10:00:00Z"), "startedAt", "2026-03-03T10:00:01Z");

        post(DEPLOYMENTS, body).statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"), "errors[0].field", is("finishedAt"),
                        "errors[0].message", containsString("startedAt"));
    }

    @Test
    void refusesACommitMadeAfterTheDeploymentFinished() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z",
                "a1b2c3d", "2026-03-03T10:00:01Z");

        post(DEPLOYMENTS, body).statusCode(400).body("errors[0].field", is("commits[1].committedAt"));
    }

    @Test
    void refusesACommitWithoutShaOrTime() {
        Map<String, Object> body = with(deployment(project, "2026-03-03T10:00:00Z"), "commits",
                List.of(Map.of("committedAt", "2026-03-03T08:15:00Z"), Map.of("sha", "a1b2c3d")));

        post(DEPLOYMENTS, body).statusCode(400)
                .body("errors.field", containsInAnyOrder("commits[0].sha", "commits[1].committedAt"));
    }

    @Test
    void refusesTheSameCommitListedTwice() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z", "9f2c1e7", "2026-03-03T08:15:00Z",
                "9f2c1e7", "2026-03-03T08:15:00Z");

        post(DEPLOYMENTS, body).statusCode(400).body("errors[0].field", is("commits[1].sha"));
    }

    @Test
    void refusesMissingFieldsNamingEachOne() {
        post(DEPLOYMENTS, Map.of("projectId", project.toString())).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("externalId", "service", "environment", "startedAt", "finishedAt",
                        "status"));
    }

    @Test
    void refusesAnUnknownStatusAndAMalformedInstant() {
        post(DEPLOYMENTS, with(deployment(project, "2026-03-03T10:00:00Z"), "status", "PARTIAL")).statusCode(400)
                .body("errors[0].field", is("status"));
        post(DEPLOYMENTS, with(deployment(project, "2026-03-03T10:00:00Z"), "startedAt", "yesterday")).statusCode(400)
                .body("errors[0].field", is("startedAt"));
    }

    @Test
    void refusesMalformedJson() {
        Api.as(INTEGRATION_PIPELINES).body("{\"externalId\": ").post(DEPLOYMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("body"));
    }

    @Test
    void refusesJsonBeyondTheParsersLimits() {
        Api.as(INTEGRATION_PIPELINES).body("{\"externalId\": " + "9".repeat(1_001) + "}").post(DEPLOYMENTS).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("body"));
        // an unknown field is skipped, token by token, down to the limit of nesting
        Api.as(INTEGRATION_PIPELINES).body("{\"note\": " + "[".repeat(1_001) + "]".repeat(1_001) + "}")
                .post(DEPLOYMENTS).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("body"));
    }

    @Test
    void refusesAProjectDeliveryMetricsDoesNotKnow() {
        UUID unknown = UUID.randomUUID();

        post(DEPLOYMENTS, deployment(unknown, "2026-03-03T10:00:00Z")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/unknown-project"), "detail", containsString(unknown.toString()));
    }

    @Test
    void refusesMovingADeploymentToAnotherProject() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z");
        post(DEPLOYMENTS, body).statusCode(201);
        UUID other = ProjectFeed.knownProject();

        post(DEPLOYMENTS, with(body, "projectId", other.toString())).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/project-mismatch"));
    }

    @Test
    void listsDeploymentsNewestFirstFilteredByProjectServiceEnvironmentStatusAndDays() {
        post(DEPLOYMENTS, deployment(project, "2026-03-02T10:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, deployment(project, "2026-03-04T10:00:00Z")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-05T10:00:00Z"), "status", "FAILURE")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-05T11:00:00Z"), "environment", "staging")).statusCode(201);
        post(DEPLOYMENTS, with(deployment(project, "2026-03-05T12:00:00Z"), "service", "web")).statusCode(201);

        Api.as(INTEGRATION_PIPELINES).queryParam("projectId", project.toString()).get(DEPLOYMENTS).then()
                .statusCode(200).body("total", is(5), "items[0].finishedAt", is("2026-03-05T12:00:00Z"));
        Api.as(DELIVERY_LEAD).queryParam("projectId", project.toString()).queryParam("service", "payments-api")
                .queryParam("environment", "PRODUCTION").queryParam("status", "SUCCESS")
                .queryParam("from", "2026-03-03").queryParam("to", "2026-03-05")
                .get(DEPLOYMENTS).then().statusCode(200)
                .body("total", is(1), "items[0].finishedAt", is("2026-03-04T10:00:00Z"));
        Api.as(ADMIN).queryParam("projectId", project.toString()).queryParam("sort", "finishedAt,asc")
                .queryParam("size", 2).get(DEPLOYMENTS).then().statusCode(200)
                .body("total", is(5), "size", is(2), "items", hasSize(2),
                        "items[0].finishedAt", is("2026-03-02T10:00:00Z"));
    }

    @Test
    void refusesMalformedFilters() {
        Api.as(ADMIN).queryParam("from", "03/03/2026").get(DEPLOYMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("projectId", "not-a-uuid").get(DEPLOYMENTS).then().statusCode(400)
                .body("errors[0].field", is("projectId"));
        Api.as(ADMIN).queryParam("status", "BROKEN").get(DEPLOYMENTS).then().statusCode(400)
                .body("errors[0].field", is("status"));
        Api.as(ADMIN).queryParam("from", "2026-03-05").queryParam("to", "2026-03-04").get(DEPLOYMENTS).then()
                .statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("sort", "secret").get(DEPLOYMENTS).then().statusCode(400)
                .body("errors[0].field", is("sort"));
    }

    @Test
    void answers404ForAnUnknownDeployment() {
        Api.as(ADMIN).get(DEPLOYMENTS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void letsOnlyPipelinesAndAdminRecord() {
        Map<String, Object> body = deployment(project, "2026-03-03T10:00:00Z");
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, TEAM_MEMBER,
                INTEGRATION_CRM }) {
            Api.as(role).body(body).post(DEPLOYMENTS).then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("/forbidden"));
        }
        Api.as(ADMIN).body(body).post(DEPLOYMENTS).then().statusCode(201);
    }

    @Test
    void letsPeopleAndPipelinesReadButNotOtherIntegrations() {
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD,
                TEAM_MEMBER, ADMIN, INTEGRATION_PIPELINES }) {
            Api.as(role).get(DEPLOYMENTS).then().statusCode(200);
        }
        Api.as(INTEGRATION_TIMESHEETS).get(DEPLOYMENTS).then().statusCode(403);
        Api.anonymous().get(DEPLOYMENTS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        Api.anonymous().body(deployment(project, "2026-03-03T10:00:00Z")).post(DEPLOYMENTS).then().statusCode(401);
    }
}
