package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CLOSED or CANCELLED project takes no more records, and every refusal is the same problem ({@code project-ended}
 * with the project's id, key and status), whichever record is refused. Its records stay readable.
 */
@QuarkusTest
class ProjectEndedRefusalsTest {

    @ParameterizedTest
    @ValueSource(strings = { "CLOSED", "CANCELLED" })
    void refusesRaidStatusReportsFeedbackMilestonesAndEditsOnAnEndedProject(String status) {
        String projectId = status.equals("CLOSED") ? ProjectParts.newClosedProject() : cancelled();
        String key = Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}", projectId).then().statusCode(200)
                .body("status", is(status), "acceptsRecords", is(false)).extract().path("key");

        ended(ProjectStaff.as(DELIVERY_LEAD).body(Map.of("type", "RISK", "title", "Late sign-off", "probability", 3,
                "impact", 3, "owner", "Jane Doe", "dueDate", "2026-03-20"))
                .post("/api/v1/projects/{p}/raid", projectId).then(), projectId, key, status, "RAID");
        ended(ProjectStaff.as(DELIVERY_LEAD).body(Map.of("asOf", "2026-03-06", "overall", "GREEN", "schedule", "GREEN",
                "budget", "GREEN", "scope", "GREEN", "quality", "GREEN", "percentComplete", 10, "summary", "On track"))
                .post("/api/v1/projects/{p}/status-reports", projectId).then(), projectId, key, status,
                "status reports");
        ended(ProjectStaff.as(DELIVERY_LEAD).body(Map.of("csat", 5)).post("/api/v1/projects/{p}/feedback", projectId)
                .then(), projectId, key, status, "feedback");
        ended(ProjectStaff.as(PROJECT_MANAGER).body(ProjectParts.milestone("Late addition"))
                .post("/api/v1/projects/{p}/milestones", projectId).then(), projectId, key, status, "milestones");
        int version = Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}", projectId).then().extract().path("version");
        ended(ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"" + version + "\"")
                .contentType("application/merge-patch+json").body("{\"name\":\"Renamed\"}")
                .patch("/api/v1/projects/{p}", projectId).then(), projectId, key, status, "no longer be changed");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/feedback", projectId).then().statusCode(200);
    }

    private static String cancelled() {
        String projectId = Fixtures.newProject();
        ProjectParts.cancel(projectId);
        return projectId;
    }

    private static void ended(ValidatableResponse response, String projectId, String key, String status, String what) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/project-ended"), "projectId", is(projectId), "projectKey", is(key),
                        "projectStatus", is(status), "detail", containsString(what));
    }
}
