package io.deliveryhub.projects.milestone;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliverableResourceTest {

    private static final String DELIVERABLES = "/api/v1/projects/{p}/milestones/{m}/deliverables";
    private static final String DELIVERABLE = DELIVERABLES + "/{d}";

    @Test
    void addsADraftDeliverableAndListsIt() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);

        String location = ProjectStaff.as(PROJECT_MANAGER).body(Map.of("name", "UX designs", "description", "Figma"))
                .post(DELIVERABLES, projectId, milestoneId)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("milestoneId", is(milestoneId), "projectId", is(projectId), "reviewStatus", is("DRAFT"))
                .extract().header("Location");
        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("name", is("UX designs"));
        Api.as(TEAM_MEMBER).get(DELIVERABLES, projectId, milestoneId).then().statusCode(200)
                .body("total", is(1), "items[0].name", is("UX designs"));
    }

    @Test
    void reviewsThroughTheCycleRecordingTheReviewer() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String deliverableId = ProjectParts.newDeliverable(projectId, milestoneId, "API docs");

        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("status", "IN_REVIEW")).post(DELIVERABLE + "/review", projectId, milestoneId, deliverableId)
                .then().statusCode(200).body("reviewStatus", is("IN_REVIEW"));
        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("status", "REJECTED", "notes", "Missing error codes"))
                .post(DELIVERABLE + "/review", projectId, milestoneId, deliverableId)
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("reviewStatus", is("REJECTED"), "reviewNotes", is("Missing error codes"),
                        "reviewedBy", startsWith("person-"), "reviewedAt", notNullValue());
    }

    @Test
    void refusesIllegalReviewMoves() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String deliverableId = ProjectParts.newDeliverable(projectId, milestoneId, "Runbook");

        Api.as(ADMIN).body(Map.of("status", "ACCEPTED")).post(DELIVERABLE + "/review", projectId, milestoneId, deliverableId)
                .then().statusCode(409).body("type", endsWith("/illegal-review-transition"), "detail", containsString("DRAFT"));
        ProjectParts.review(projectId, milestoneId, deliverableId, "IN_REVIEW");
        Api.as(ADMIN).body(Map.of("status", "REJECTED")).post(DELIVERABLE + "/review", projectId, milestoneId, deliverableId)
                .then().statusCode(400).body("errors[0].field", is("notes"));
        Api.as(ADMIN).body(Map.of("status", "APPROVED")).post(DELIVERABLE + "/review", projectId, milestoneId, deliverableId)
                .then().statusCode(400);
    }

    @Test
    void patchesNameAndDescriptionWithIfMatchButNeverTheReviewStatus() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String deliverableId = ProjectParts.newDeliverable(projectId, milestoneId, "Runbook");

        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("description", "On-call guide")).patch(DELIVERABLE, projectId, milestoneId, deliverableId)
                .then().statusCode(428);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"9\"").body(Map.of("description", "On-call guide"))
                .patch(DELIVERABLE, projectId, milestoneId, deliverableId).then().statusCode(412);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("reviewStatus", "ACCEPTED"))
                .patch(DELIVERABLE, projectId, milestoneId, deliverableId)
                .then().statusCode(400).body("errors[0].field", is("reviewStatus"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("description", "On-call guide"))
                .patch(DELIVERABLE, projectId, milestoneId, deliverableId)
                .then().statusCode(200).header("ETag", "\"2\"").body("description", is("On-call guide"));
    }

    @Test
    void refusesNewDeliverablesOnAnAcceptedMilestone() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01"))
                .post("/api/v1/projects/{p}/milestones/{m}/complete", projectId, milestoneId).then().statusCode(200);
        Api.as(ADMIN).body(Map.of("acceptedOn", "2026-03-02"))
                .post("/api/v1/projects/{p}/milestones/{m}/accept", projectId, milestoneId).then().statusCode(200);

        Api.as(ADMIN).body(Map.of("name", "Afterthought")).post(DELIVERABLES, projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/milestone-final"));
    }

    @Test
    void refusesBadInputUnknownPathsAndWrongRoles() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("name", " ")).post(DELIVERABLES, projectId, milestoneId)
                .then().statusCode(400).body("errors[0].field", containsString("name"));
        Api.as(ADMIN).body(Map.of("name", "x")).post(DELIVERABLES, projectId, UUID.randomUUID())
                .then().statusCode(404);
        Api.as(ADMIN).get(DELIVERABLE, projectId, milestoneId, UUID.randomUUID()).then().statusCode(404);
        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("name", "x")).post(DELIVERABLES, projectId, milestoneId).then().statusCode(403);
        Api.anonymous().get(DELIVERABLES, projectId, milestoneId).then().statusCode(401);
    }
}
