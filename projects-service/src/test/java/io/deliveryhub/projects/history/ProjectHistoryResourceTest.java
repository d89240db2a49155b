package io.deliveryhub.projects.history;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectHistoryResourceTest {

    @Test
    void recordsTheCreationWithWhoAndWhen() {
        String projectId = Fixtures.newProject();

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}/history", projectId)
                .then().statusCode(200)
                .body("total", is(1),
                        "items[0].type", is("deliveryhub.project.created.v1"),
                        "items[0].subjectId", is(projectId),
                        "items[0].version", is(1),
                        "items[0].actor", startsWith("person-"),
                        "items[0].time", notNullValue(),
                        "items[0].changes", nullValue());
    }

    @Test
    void answers404ForAnUnknownProject() {
        Api.as(TEAM_MEMBER).get("/api/v1/projects/NO-SUCH-PROJECT/history")
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void isNotForIntegrations() {
        Api.as(INTEGRATION_CRM).get("/api/v1/projects/{id}/history", Fixtures.newProject()).then().statusCode(403);
    }
}
