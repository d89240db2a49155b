package io.deliveryhub.resources.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.security.ProjectPeople;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnownProjectsTest {

    private static final String CREATED = "deliveryhub.project.created.v1";
    private static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";

    @Test
    void learnsAProjectFromItsCreatedEvent() {
        UUID id = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), project(id, 1, "PROPOSED"));

        awaitStatus(id, "PROPOSED");
        Api.as(TEAM_MEMBER).get("/api/v1/known-projects/" + id)
                .then().statusCode(200)
                .body("key", is("K" + id.toString().substring(0, 8).toUpperCase()), "plannedStart", is("2026-03-02"),
                        "version", is(1));
    }

    @Test
    void learnsWhomAProjectNamesAndFollowsTheirChanges() {
        UUID id = UUID.randomUUID();
        ObjectNode created = project(id, 1, "PROPOSED");
        EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), created);
        awaitPeople(id, new ProjectPeople(UUID.fromString(created.at("/state/projectManagerId").asText()),
                UUID.fromString(created.at("/state/deliveryManagerId").asText()), null));

        UUID successor = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        ObjectNode updated = project(id, 2, "PROPOSED");
        ((ObjectNode) updated.get("state")).put("projectManagerId", successor.toString()).putNull("deliveryManagerId")
                .put("deliveryLeadId", lead.toString());
        EventFeed.publish(Topics.PROJECTS, "deliveryhub.project.updated.v1", id.toString(), updated);
        awaitPeople(id, new ProjectPeople(successor, null, lead));
    }

    @Test
    void appliesANewerVersionAndIgnoresAnOlderOneArrivingLate() {
        UUID id = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), project(id, 1, "PROPOSED"));
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, id.toString(), project(id, 3, "ACTIVE"));
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, id.toString(), project(id, 2, "PLANNING"));
        UUID marker = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), project(marker, 1, "PROPOSED"));

        // Same key, same partition: once the later marker is applied, the stale event has been seen.
        awaitStatus(marker, "PROPOSED");
        Api.as(ADMIN).get("/api/v1/known-projects/" + id).then().body("status", is("ACTIVE"), "version", is(3));
    }

    @Test
    void takesWhetherAProjectAcceptsRecordsFromItsEventAndAMissingFlagAsUnknown() {
        UUID ended = UUID.randomUUID();
        ObjectNode closed = project(ended, 2, "CLOSED");
        ((ObjectNode) closed.get("state")).put("acceptsRecords", false);
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, ended.toString(), closed);
        UUID old = UUID.randomUUID();
        ObjectNode beforeTheFlag = project(old, 2, "CLOSED");
        ((ObjectNode) beforeTheFlag.get("state")).remove("acceptsRecords");
        EventFeed.publish(Topics.PROJECTS, STATUS_CHANGED, old.toString(), beforeTheFlag);

        awaitStatus(old, "CLOSED");
        awaitStatus(ended, "CLOSED");
        Api.as(ADMIN).get("/api/v1/known-projects/" + ended).then().body("acceptsRecords", is(false));
        Api.as(ADMIN).get("/api/v1/known-projects/" + old).then().body("acceptsRecords", nullValue());
        Map<String, Object> booking = Map.of("personId", io.deliveryhub.resources.Fixtures.newPerson().toString(),
                "from", "2026-03-02", "to", "2026-03-06", "hoursPerWeek", 8, "booking", "SOFT");
        Api.as(HEAD_OF_DELIVERY).body(with(booking, "projectId", ended)).post("/api/v1/allocations").then()
                .statusCode(422).body("type", endsWith("/project-ended"), "projectId", is(ended.toString()),
                        "projectStatus", is("CLOSED"), "projectKey", is(closed.at("/state/key").asText()));
        Api.as(HEAD_OF_DELIVERY).body(with(booking, "projectId", old)).post("/api/v1/allocations").then()
                .statusCode(201);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, UUID value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(field, value.toString());
        return copy;
    }

    @Test
    void appliesARedeliveredEventOnlyOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        EventFeed.publish(eventId, Topics.PROJECTS, CREATED, id.toString(), project(id, 1, "PROPOSED"));
        awaitStatus(id, "PROPOSED");
        // A redelivery carries the same id; even with another state it must have no effect.
        EventFeed.publish(eventId, Topics.PROJECTS, STATUS_CHANGED, id.toString(), project(id, 2, "CANCELLED"));
        UUID marker = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), project(marker, 1, "PROPOSED"));

        awaitStatus(marker, "PROPOSED");
        Api.as(ADMIN).get("/api/v1/known-projects/" + id).then().body("status", is("PROPOSED"));
    }

    @Test
    void passesOverBaselineAndClosureReviewEventsOfAProjectItHasNotHeardOf() {
        UUID unknown = UUID.randomUUID();
        ObjectNode baseline = EventFeed.example("deliveryhub.project.baseline-changed.v1");
        ((ObjectNode) baseline.get("state")).put("projectId", unknown.toString());
        ObjectNode closureReview = EventFeed.example("deliveryhub.project.closure-review-recorded.v1");
        ((ObjectNode) closureReview.get("state")).put("projectId", unknown.toString());
        UUID baselineEvent = EventFeed.publish(Topics.PROJECTS, "deliveryhub.project.baseline-changed.v1",
                unknown.toString(), baseline);
        UUID closureReviewEvent = EventFeed.publish(Topics.PROJECTS, "deliveryhub.project.closure-review-recorded.v1",
                unknown.toString(), closureReview);
        UUID marker = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, unknown.toString(), project(marker, 1, "PROPOSED"));

        // Same key, same partition: once the marker is applied, both events before it have been passed over.
        awaitStatus(marker, "PROPOSED");
        assertThat(handledIds(baselineEvent, closureReviewEvent)).as("of no use here: not even an inbox mark").isEmpty();
        Api.as(ADMIN).get("/api/v1/known-projects/" + unknown).then().statusCode(404);
        Api.as(ADMIN).get("/api/v1/known-projects/" + baseline.at("/state/id").asText()).then().statusCode(404);
    }

    @Test
    void marksOnlyTheEventsItKeeps() {
        UUID id = UUID.randomUUID();
        ObjectNode report = EventFeed.example("deliveryhub.status-report.posted.v1");
        UUID reportEvent = EventFeed.publish(Topics.PROJECTS, "deliveryhub.status-report.posted.v1", id.toString(),
                report);
        UUID createdEvent = EventFeed.publish(Topics.PROJECTS, CREATED, id.toString(), project(id, 1, "PROPOSED"));

        awaitStatus(id, "PROPOSED");
        assertThat(handledIds(reportEvent, createdEvent)).containsExactly(createdEvent);
    }

    @Test
    void parksAPoisonMessageInTheDeadLetterTopicAndCarriesOn() {
        String key = UUID.randomUUID().toString();
        TopicClient.write(Topics.PROJECTS, key, "{not json", Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, CREATED));
        UUID next = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, key, project(next, 1, "PROPOSED"));

        awaitStatus(next, "PROPOSED");
        TopicClient.awaitRecord(Topics.deadLetter(Topics.PROJECTS),
                r -> key.equals(r.key()) && "{not json".equals(r.value()), Duration.ofSeconds(20));
    }

    @Test
    void listsKnownProjectsPaged() {
        Api.as(INTEGRATION_TIMESHEETS).queryParam("size", 1).get("/api/v1/known-projects")
                .then().statusCode(200).body("size", is(1), "page", is(0));
    }

    @Test
    void answers404ForAProjectItHasNotHeardOf() {
        Api.as(ADMIN).get("/api/v1/known-projects/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        Api.anonymous().get("/api/v1/known-projects").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        Api.as(INTEGRATION_PIPELINES).get("/api/v1/known-projects").then().statusCode(403);
    }

    private static ObjectNode project(UUID id, int version, String status) {
        ObjectNode payload = EventFeed.example(CREATED);
        payload.put("version", version);
        ObjectNode state = (ObjectNode) payload.get("state");
        state.put("id", id.toString()).put("key", "K" + id.toString().substring(0, 8).toUpperCase())
                .put("status", status).put("version", version);
        return payload;
    }

    private static List<UUID> handledIds(UUID... eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> KnownProject.getEntityManager()
                .createNativeQuery("select event_id from inbox where consumer = :consumer and event_id in (:ids)", UUID.class)
                .setParameter("consumer", ProjectEventsConsumer.CONSUMER).setParameter("ids", List.of(eventIds))
                .getResultList());
    }

    private static void awaitPeople(UUID id, ProjectPeople people) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> KnownProject.<KnownProject> findByIdOptional(id).map(KnownProject::people).orElse(null)))
                .isEqualTo(people));
    }

    private static void awaitStatus(UUID id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + id).then().statusCode(200).body("status", is(status)));
    }
}
