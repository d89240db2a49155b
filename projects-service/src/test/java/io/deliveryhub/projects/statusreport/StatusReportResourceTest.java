package io.deliveryhub.projects.statusreport;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusReportResourceTest {

    private static final String REPORTS = "/api/v1/projects/{p}/status-reports";

    static Map<String, Object> report(String asOf, String overall, int percentComplete) {
        Map<String, Object> body = new HashMap<>();
        body.put("asOf", asOf);
        body.put("overall", overall);
        body.put("schedule", "AMBER");
        body.put("budget", "GREEN");
        body.put("scope", "GREEN");
        body.put("quality", "GREEN");
        body.put("percentComplete", percentComplete);
        body.put("summary", "Status as of " + asOf);
        body.put("blockers", "HSM credentials");
        return body;
    }

    @Test
    void postsAManualReport() {
        String projectId = Fixtures.newProject();
        String location = ProjectStaff.as(DELIVERY_LEAD).body(report("2026-03-06", "AMBER", 35)).post(REPORTS, projectId)
                .then().statusCode(201)
                .body("projectId", is(projectId), "asOf", is("2026-03-06"), "overall", is("AMBER"),
                        "schedule", is("AMBER"), "percentComplete", is(35), "source", is("MANUAL"),
                        "blockers", is("HSM credentials"), "reportedBy", startsWith("person-"))
                .extract().header("Location");
        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("asOf", is("2026-03-06"));
    }

    @Test
    void forcesPipelineAsTheSourceOfPipelineReports() {
        String projectId = Fixtures.newProject();
        Map<String, Object> body = report("2026-03-06", "GREEN", 40);
        body.put("source", "MANUAL");
        Api.withToken(TestTokens.integration("gitlab", INTEGRATION_PIPELINES)).body(body).post(REPORTS, projectId)
                .then().statusCode(201).body("source", is("PIPELINE"), "reportedBy", is("gitlab"));
        Api.withToken(TestTokens.integration("gitlab", INTEGRATION_PIPELINES)).get(REPORTS + "/latest", projectId)
                .then().statusCode(200).body("source", is("PIPELINE"));
    }

    @Test
    void listsNewestFirstBetweenDatesAndFindsTheLatest() {
        String projectId = Fixtures.newProject();
        for (String asOf : new String[] { "2026-03-06", "2026-03-20", "2026-03-13", "2026-02-27" }) {
            ProjectStaff.as(PROJECT_MANAGER).body(report(asOf, "GREEN", 10)).post(REPORTS, projectId).then().statusCode(201);
        }
        Api.as(TEAM_MEMBER).get(REPORTS, projectId).then().statusCode(200)
                .body("total", is(4), "items.asOf", contains("2026-03-20", "2026-03-13", "2026-03-06", "2026-02-27"));
        Api.as(TEAM_MEMBER).queryParam("from", "2026-03-01").queryParam("to", "2026-03-13").get(REPORTS, projectId)
                .then().statusCode(200).body("total", is(2), "items.asOf", contains("2026-03-13", "2026-03-06"));
        Api.as(TEAM_MEMBER).get(REPORTS + "/latest", projectId).then().statusCode(200).body("asOf", is("2026-03-20"));
    }

    @Test
    void refusesReportsOnACancelledProject() {
        String projectId = Fixtures.newProject();
        ProjectParts.cancel(projectId);
        ProjectStaff.as(PROJECT_MANAGER).body(report("2026-03-06", "GREEN", 10)).post(REPORTS, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"),
                        "detail", containsString("status reports"));
    }

    @Test
    void answers404ForLatestWhenNoneWasPosted() {
        Api.as(TEAM_MEMBER).get(REPORTS + "/latest", Fixtures.newProject()).then().statusCode(404)
                .body("detail", containsString("none posted"));
    }

    @Test
    void refusesBadInput() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(report("2026-03-06", "PURPLE", 10)).post(REPORTS, projectId).then().statusCode(400)
                .body("errors[0].field", is("overall"));
        Api.as(ADMIN).body(report("2026-03-06", "GREEN", 101)).post(REPORTS, projectId).then().statusCode(400)
                .body("errors[0].field", containsString("percentComplete"));
        Map<String, Object> noSummary = report("2026-03-06", "GREEN", 10);
        noSummary.remove("summary");
        Api.as(ADMIN).body(noSummary).post(REPORTS, projectId).then().statusCode(400)
                .body("errors[0].field", containsString("summary"));
        Api.as(ADMIN).body(report(LocalDate.now().plusDays(3).toString(), "GREEN", 10)).post(REPORTS, projectId)
                .then().statusCode(400).body("errors[0].field", is("asOf"));
        Api.as(ADMIN).queryParam("from", "March").get(REPORTS, projectId).then().statusCode(400)
                .body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("from", "2026-03-10").queryParam("to", "2026-03-01").get(REPORTS, projectId)
                .then().statusCode(400).body("errors[0].field", is("to"));
    }

    @Test
    void answers404ForUnknownProjectsAndReports() {
        Api.as(ADMIN).body(report("2026-03-06", "GREEN", 10)).post(REPORTS, "NO-SUCH-PROJECT").then().statusCode(404);
        Api.as(ADMIN).body(report("2026-03-06", "GREEN", 10)).post(REPORTS, UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).get(REPORTS + "/{id}", Fixtures.newProject(), UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void refusesUnauthenticatedAndUnauthorisedCallers() {
        String projectId = Fixtures.newProject();
        Api.anonymous().body(report("2026-03-06", "GREEN", 10)).post(REPORTS, projectId).then().statusCode(401);
        Api.as(TEAM_MEMBER).body(report("2026-03-06", "GREEN", 10)).post(REPORTS, projectId).then().statusCode(403);
        Api.as(INTEGRATION_CRM).get(REPORTS, projectId).then().statusCode(403);
    }
}
