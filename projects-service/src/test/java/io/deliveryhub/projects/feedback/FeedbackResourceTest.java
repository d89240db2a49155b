package io.deliveryhub.projects.feedback;

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
class FeedbackResourceTest {

    private static final String FEEDBACK = "/api/v1/projects/{p}/feedback";

    @Test
    void recordsFeedbackAboutAMilestoneAndListsNewestFirst() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        String location = ProjectStaff.as(DELIVERY_LEAD).body(Map.of("csat", 4, "nps", 9, "comment", "Great demos", "milestoneId", milestoneId))
                .post(FEEDBACK, projectId)
                .then().statusCode(201)
                .body("projectId", is(projectId), "milestoneId", is(milestoneId), "csat", is(4), "nps", is(9))
                .extract().header("Location");
        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("comment", is("Great demos"));
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("nps", 3)).post(FEEDBACK, projectId).then().statusCode(201)
                .body("csat", nullValue());

        Api.as(TEAM_MEMBER).get(FEEDBACK, projectId).then().statusCode(200)
                .body("total", is(2), "items.nps", contains(3, 9));
    }

    @Test
    void needsAtLeastOneScoreOnItsScale() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(Map.of("comment", "no score")).post(FEEDBACK, projectId).then().statusCode(400)
                .body("errors[0].message", containsString("csat, nps or both"));
        Api.as(ADMIN).body(Map.of("csat", 6)).post(FEEDBACK, projectId).then().statusCode(400)
                .body("errors[0].field", containsString("csat"));
        Api.as(ADMIN).body(Map.of("nps", 11)).post(FEEDBACK, projectId).then().statusCode(400)
                .body("errors[0].field", containsString("nps"));
    }

    @Test
    void refusesAMilestoneOfAnotherProject() {
        String otherMilestone = ProjectParts.newMilestone(Fixtures.newProject());
        Api.as(ADMIN).body(Map.of("csat", 5, "milestoneId", otherMilestone)).post(FEEDBACK, Fixtures.newProject())
                .then().statusCode(422).body("type", endsWith("/unknown-milestone"), "detail", containsString(otherMilestone));
        Api.as(ADMIN).body(Map.of("csat", 5, "milestoneId", UUID.randomUUID().toString())).post(FEEDBACK, Fixtures.newProject())
                .then().statusCode(422);
    }

    @Test
    void answers404AndRefusesWrongCallers() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(Map.of("csat", 5)).post(FEEDBACK, "NO-SUCH-PROJECT").then().statusCode(404);
        Api.as(ADMIN).get(FEEDBACK + "/{id}", projectId, UUID.randomUUID()).then().statusCode(404);
        Api.anonymous().get(FEEDBACK, projectId).then().statusCode(401);
        Api.as(TEAM_MEMBER).body(Map.of("csat", 5)).post(FEEDBACK, projectId).then().statusCode(403);
        Api.as(INTEGRATION_CRM).get(FEEDBACK, projectId).then().statusCode(403);
    }
}
