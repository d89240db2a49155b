package io.deliveryhub.metrics.readmodel;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The rebuild end to end over the real topics: it replays deliveryhub.projects.v1 and deliveryhub.resources.v1 from
 * their beginning into emptied read models, so a read model that lost rows gets them back, and every answer is the same afterwards.
 */
@QuarkusTest
class RebuildResourceTest {

    private static final String REBUILD = "/api/v1/admin/metrics/rebuild";
    private static final String KPIS = "/api/v1/metrics/projects/";
    private static final String PORTFOLIO = "/api/v1/metrics/portfolio";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    @Test
    void rebuildsTheReadModelsFromTheTopicAndAnswersTheSameAfterwards() {
        UUID project = projectWithFacts();
        String kpisBefore = kpis(project);
        String portfolioBefore = Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO).then().statusCode(200).extract().asString();
        // A read model that lost facts (a bad migration, a restore): the rebuild is what brings them back.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from project_milestone where project_id = :project")
                    .setParameter("project", project).executeUpdate();
            entityManager.createNativeQuery("delete from project_time_entry where project_id = :project")
                    .setParameter("project", project).executeUpdate();
        });
        assertThat(kpis(project)).isNotEqualTo(kpisBefore);

        String location = Api.as(ADMIN).post(REBUILD).then().statusCode(202)
                .header("Location", containsString(REBUILD + "/"))
                .body("status", is("RUNNING"), "startedAt", notNullValue(), "finishedAt", nullValue())
                .extract().header("Location");

        awaitCompleted(location);
        Api.as(ADMIN).get(location).then().statusCode(200)
                .body("topics.topic", containsInAnyOrder(Topics.PROJECTS, Topics.RESOURCES),
                        "topics.total", everyItem(greaterThan(0)), "topics.replayed", everyItem(greaterThan(0)),
                        "finishedAt", notNullValue(), "failure", nullValue());
        assertThat(kpis(project)).isEqualTo(kpisBefore);
        Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO).then().statusCode(200).body(is(portfolioBefore));
    }

    @Test
    void refusesASecondRebuildWhileOneRuns() throws Exception {
        // A transaction holding a read model's table keeps the first rebuild from emptying it, so it is still running.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("lock table project_feedback in access exclusive mode").executeUpdate();
            locked.countDown();
            await(release);
        }));
        await(locked);
        String location;
        try {
            location = Api.as(ADMIN).post(REBUILD).then().statusCode(202).extract().header("Location");
            Api.as(ADMIN).post(REBUILD).then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/rebuild-running"), "detail", containsString(location.substring(
                            location.lastIndexOf('/') + 1)));
            Api.as(ADMIN).get(location).then().statusCode(200).body("status", is("RUNNING"));
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        awaitCompleted(location);
    }

    @Test
    void isForAdminsOnly() {
        for (String role : new String[] { HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD,
                TEAM_MEMBER, INTEGRATION_PIPELINES }) {
            Api.as(role).post(REBUILD).then().statusCode(403).contentType("application/problem+json");
            Api.as(role).get(REBUILD + "/" + UUID.randomUUID()).then().statusCode(403);
        }
        Api.anonymous().post(REBUILD).then().statusCode(401);
    }

    @Test
    void answers404ForARebuildItDoesNotKnow() {
        Api.as(ADMIN).get(REBUILD + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(ADMIN).get(REBUILD + "/not-an-id").then().statusCode(400)
                .body("errors[0].field", is("id"), "errors[0].message", is("must be a UUID"));
    }

    @Test
    void isDocumentedWithItsProgressAndProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/admin/metrics/rebuild'.post.summary", containsString("Rebuild"))
                .body("paths.'/api/v1/admin/metrics/rebuild'.post.responses.'202'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/ReadModelRebuild"))
                .body("paths.'/api/v1/admin/metrics/rebuild'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/admin/metrics/rebuild/{id}'.get.responses.'404'", notNullValue())
                .body("components.schemas.ReadModelRebuild.examples[0].topics[0].topic", is(Topics.PROJECTS));
    }

    private static void awaitCompleted(String location) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN).get(location).then().statusCode(200)
                .body("status", is("COMPLETED")));
    }

    /** A project with a baseline, milestones, status reports, a risk and feedback, as the API shows it. */
    private static UUID projectWithFacts() {
        UUID project = UUID.randomUUID();
        ObjectNode created = project(project, 1, "ACTIVE");
        state(created).put("plannedStart", "2026-03-02").put("plannedEnd", "2026-03-12");
        publish(PROJECT_CREATED, project, created);
        ObjectNode baseline = fact(BASELINE_CHANGED, project, UUID.randomUUID(), 2);
        state(baseline).put("createdAt", "2026-03-04T09:00:00Z");
        publish(BASELINE_CHANGED, project, baseline);
        for (String[] milestone : new String[][] { { "1", "DONE", "2026-03-05", "2026-03-05" },
                { "2", "PLANNED", "2026-03-09", null } }) {
            ObjectNode payload = fact(MILESTONE_CREATED, project, UUID.randomUUID(), 1);
            state(payload).put("weight", Integer.parseInt(milestone[0])).put("status", milestone[1])
                    .put("dueDate", milestone[2]).put("completedOn", milestone[3]);
            publish(MILESTONE_CREATED, project, payload);
        }
        ObjectNode report = fact(STATUS_REPORT_POSTED, project, UUID.randomUUID(), 1);
        state(report).put("asOf", "2026-03-06").put("overall", "RED");
        publish(STATUS_REPORT_POSTED, project, report);
        ObjectNode risk = fact(RAID_ITEM_RAISED, project, UUID.randomUUID(), 1);
        state(risk).put("type", "RISK").put("status", "OPEN").put("score", 12).put("createdAt", "2026-03-03T10:00:00Z");
        publish(RAID_ITEM_RAISED, project, risk);
        ObjectNode feedback = fact(FEEDBACK_RECEIVED, project, UUID.randomUUID(), 1);
        state(feedback).put("csat", 4).put("nps", 9).put("createdAt", "2026-03-05T12:00:00Z");
        publish(FEEDBACK_RECEIVED, project, feedback);
        UUID person = UUID.randomUUID();
        ResourceFeed.publish(ResourceFeed.PERSON_CREATED, person, ResourceFeed.person(person, 1, 40, "Rebuild"));
        ResourceFeed.publish(ResourceFeed.TIME_ENTRY_RECORDED, project, ResourceFeed.timeEntry(
                ResourceFeed.TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, project, person,
                java.time.LocalDate.parse("2026-03-04"), 7.5, "675.00", true, "APPROVED"));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN).queryParam("asOf", "2026-03-10")
                .get(KPIS + project).then().statusCode(200)
                .body("schedule.milestonesTotal", is(2), "rag", is("RED"), "riskExposure", is(12),
                        "csat", notNullValue(), "earnedValue.ac", is("675.00")));
        return project;
    }

    private static String kpis(UUID project) {
        return Api.as(ADMIN).queryParam("asOf", "2026-03-10").get(KPIS + project).then().statusCode(200).extract()
                .asString();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 30 s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
