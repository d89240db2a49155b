package io.deliveryhub.projects.milestone;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestoneResourceTest {

    private static final String MILESTONES = "/api/v1/projects/{p}/milestones";
    private static final String MILESTONE = "/api/v1/projects/{p}/milestones/{m}";

    @Test
    void addsAPlannedMilestoneAddressedByProjectKeyOrId() {
        String key = Fixtures.newKey();
        String projectId = Api.as(ADMIN).body(Fixtures.project(key, Fixtures.newClient())).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");

        String location = ProjectStaff.as(PROJECT_MANAGER).body(ProjectParts.milestone("Design sign-off")).post(MILESTONES, key)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("projectId", is(projectId), "name", is("Design sign-off"), "dueDate", is("2026-03-31"),
                        "weight", is(2), "billingAmount.amount", is("25000.00"), "status", is("PLANNED"),
                        "completedOn", nullValue(), "version", is(1))
                .extract().header("Location");

        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).header("ETag", "\"1\"").body("name", is("Design sign-off"));
    }

    @Test
    void weighsOneWhenNoWeightIsGiven() {
        Map<String, Object> body = ProjectParts.milestone("Unweighted");
        body.remove("weight");
        Api.as(ADMIN).body(body).post(MILESTONES, Fixtures.newProject()).then().statusCode(201).body("weight", is(1));
    }

    @Test
    void listsMilestonesByDueDateFilteredByStatus() {
        String projectId = Fixtures.newProject();
        for (String due : new String[] { "2026-05-01", "2026-04-01", "2026-06-01" }) {
            Map<String, Object> body = ProjectParts.milestone("Due " + due);
            body.put("dueDate", due);
            Api.as(ADMIN).body(body).post(MILESTONES, projectId).then().statusCode(201);
        }
        ProjectStaff.as(DELIVERY_LEAD).get(MILESTONES, projectId).then().statusCode(200)
                .body("total", is(3), "items.dueDate", contains("2026-04-01", "2026-05-01", "2026-06-01"));
        ProjectStaff.as(DELIVERY_LEAD).queryParam("status", "DONE").get(MILESTONES, projectId).then().statusCode(200)
                .body("total", is(0));
        ProjectStaff.as(DELIVERY_LEAD).queryParam("status", "FINISHED").get(MILESTONES, projectId).then().statusCode(400)
                .body("errors[0].field", is("status"));
    }

    @Test
    void patchesWithIfMatch() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);

        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"")
                .body(Map.of("dueDate", "2026-04-15", "status", "IN_PROGRESS", "acceptanceCriteria", "Signed off"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("dueDate", is("2026-04-15"), "status", is("IN_PROGRESS"), "acceptanceCriteria", is("Signed off"),
                        "version", is(2));
    }

    @Test
    void refusesAStaleOrMissingIfMatch() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);

        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("name", "Renamed")).patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(428).contentType("application/problem+json");
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"7\"").body(Map.of("name", "Renamed"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(412).body("type", endsWith("/stale-version"), "currentVersion", is(1));
    }

    @Test
    void refusesInvalidPatches() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);

        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("weight", -1))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(400).body("errors[0].field", containsString("weight"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("status", "DONE"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/illegal-milestone-transition"),
                        "detail", containsString("complete"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"")
                .body(Map.of("billingAmount", Map.of("amount", "10.00", "currency", "USD")))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(422).body("detail", containsString("USD"));
    }

    @Test
    void letsADeliveryLeadMoveTheStatusButNotThePlan() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);

        ProjectStaff.as(DELIVERY_LEAD).header("If-Match", "\"1\"").body(Map.of("status", "IN_PROGRESS"))
                .patch(MILESTONE, projectId, milestoneId).then().statusCode(200).body("status", is("IN_PROGRESS"));
        ProjectStaff.as(DELIVERY_LEAD).header("If-Match", "\"2\"").body(Map.of("dueDate", "2027-01-01"))
                .patch(MILESTONE, projectId, milestoneId).then().statusCode(403)
                .body("detail", containsString("status only"));
    }

    @Test
    void completesAndAcceptsAMilestoneRecordingWhoAndWhen() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String deliverableId = ProjectParts.newDeliverable(projectId, milestoneId, "UX designs");
        ProjectParts.review(projectId, milestoneId, deliverableId, "IN_REVIEW");
        ProjectParts.review(projectId, milestoneId, deliverableId, "ACCEPTED");

        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(200).body("status", is("DONE"), "completedOn", is("2026-03-01"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("acceptedOn", "2026-03-05")).post(MILESTONE + "/accept", projectId, milestoneId)
                .then().statusCode(200)
                .body("acceptedOn", is("2026-03-05"), "acceptedBy", startsWith("person-"), "status", is("DONE"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("acceptedOn", "2026-03-06")).post(MILESTONE + "/accept", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/milestone-already-accepted"));
    }

    @Test
    void refusesAcceptanceWhileADeliverableIsRejectedOrUnreviewed() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String rejected = ProjectParts.newDeliverable(projectId, milestoneId, "API docs");
        ProjectParts.review(projectId, milestoneId, rejected, "IN_REVIEW");
        ProjectParts.review(projectId, milestoneId, rejected, "REJECTED");
        ProjectParts.newDeliverable(projectId, milestoneId, "Runbook");
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(200);

        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("acceptedOn", "2026-03-05")).post(MILESTONE + "/accept", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/deliverables-not-accepted"),
                        "detail", allOf(containsString("API docs (REJECTED)"), containsString("Runbook (DRAFT)")));
    }

    @Test
    void refusesAcceptingAMilestoneThatIsNotDone() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("acceptedOn", "2026-03-05")).post(MILESTONE + "/accept", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/milestone-not-done"));
    }

    @Test
    void refusesACompletionInTheFutureOrTwice() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("completedOn", LocalDate.now().plusDays(2).toString()))
                .post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(400).body("errors[0].field", is("completedOn"));
        Api.as(ADMIN).body(Map.of()).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(400).body("errors[0].field", containsString("completedOn"));
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(200);
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-02")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/illegal-milestone-transition"));
    }

    @Test
    void waivesWithAReasonAndThenRefusesChanges() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of()).post(MILESTONE + "/waive", projectId, milestoneId)
                .then().statusCode(400).body("errors[0].field", containsString("reason"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("reason", "Dropped from scope")).post(MILESTONE + "/waive", projectId, milestoneId)
                .then().statusCode(200).body("status", is("WAIVED"), "waivedReason", is("Dropped from scope"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"2\"").body(Map.of("name", "Back again"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/milestone-final"));
        ProjectStaff.as(DELIVERY_LEAD).body(Map.of("reason", "x")).post(MILESTONE + "/waive", projectId, milestoneId)
                .then().statusCode(403);
    }

    @Test
    void reopensADoneMilestoneThatIsNotAccepted() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(200);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"2\"").body(Map.of("status", "IN_PROGRESS"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(200).body("status", is("IN_PROGRESS"), "completedOn", nullValue());
    }

    @Test
    void makesMilestonesOfClosedOrCancelledProjectsReadOnly() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        ProjectParts.cancel(projectId);

        Api.as(ADMIN).body(ProjectParts.milestone("Late addition")).post(MILESTONES, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"), "detail", containsString("CANCELLED"));
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "Renamed")).patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(ADMIN).body(Map.of("name", "Late deliverable"))
                .post(MILESTONE + "/deliverables", projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(TEAM_MEMBER).get(MILESTONE, projectId, milestoneId).then().statusCode(200);
    }

    @Test
    void keepsTheMilestonesOfACompletedProjectFinishedButStillAcceptsThem() {
        String projectId = Fixtures.newActiveProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, milestoneId)
                .then().statusCode(200);
        Fixtures.transition(projectId, "COMPLETED");

        Api.as(ADMIN).header("If-Match", "\"2\"").body(Map.of("status", "IN_PROGRESS"))
                .patch(MILESTONE, projectId, milestoneId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(ADMIN).body(ProjectParts.milestone("Afterthought")).post(MILESTONES, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"));
        Api.as(ADMIN).body(Map.of("acceptedOn", "2026-03-02")).post(MILESTONE + "/accept", projectId, milestoneId)
                .then().statusCode(200).body("acceptedOn", is("2026-03-02"));
    }

    @Test
    void refusesBadInput() {
        String projectId = Fixtures.newProject();
        Map<String, Object> body = ProjectParts.milestone("");
        body.put("weight", -2);
        Api.as(ADMIN).body(body).post(MILESTONES, projectId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(containsString("name"), containsString("weight")));
        body = ProjectParts.milestone("Dated");
        body.put("dueDate", "31/03/2026");
        Api.as(ADMIN).body(body).post(MILESTONES, projectId).then().statusCode(400)
                .body("errors[0].field", is("dueDate"));
        body = ProjectParts.milestone("Dollars");
        body.put("billingAmount", Map.of("amount", "10.00", "currency", "USD"));
        Api.as(ADMIN).body(body).post(MILESTONES, projectId).then().statusCode(422)
                .body("type", endsWith("/currency-mismatch"));
    }

    @Test
    void answers404ForAnUnknownProjectOrMilestoneOrOneOfAnotherProject() {
        String otherMilestone = ProjectParts.newMilestone(Fixtures.newProject());
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(ProjectParts.milestone("x")).post(MILESTONES, "NO-SUCH-PROJECT").then().statusCode(404);
        Api.as(ADMIN).get(MILESTONE, projectId, otherMilestone).then().statusCode(404).body("type", endsWith("/not-found"));
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01")).post(MILESTONE + "/complete", projectId, otherMilestone)
                .then().statusCode(404);
    }

    @Test
    void refusesUnauthenticatedAndUnauthorisedCallers() {
        String projectId = Fixtures.newProject();
        Api.anonymous().get(MILESTONES, projectId).then().statusCode(401);
        Api.as(TEAM_MEMBER).body(ProjectParts.milestone("x")).post(MILESTONES, projectId).then().statusCode(403);
        ProjectStaff.as(DELIVERY_LEAD).body(ProjectParts.milestone("x")).post(MILESTONES, projectId).then().statusCode(403);
        Api.as(INTEGRATION_PIPELINES).get(MILESTONES, projectId).then().statusCode(403);
    }
}
