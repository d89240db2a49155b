package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The reaction to {@code deliveryhub.project.status-changed.v1} with a CANCELLED or CLOSED project: its bookings
 * end and its open resource requests are cancelled.
 */
@QuarkusTest
class ProjectEndedAllocationsTest {

    private static final String CREATED = "deliveryhub.project.created.v1";
    private static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";

    @Test
    void releasesSoftAndEndsHardAllocationsOnTheDateTheProjectIsCancelled() {
        UUID project = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, project.toString(), project(project, 1, "ACTIVE"));
        awaitKnown(project, "ACTIVE");
        UUID person = Fixtures.person(40);
        String soft = ProjectStaff.as(PROJECT_MANAGER)
                .body(AllocationResourceTest.booking(person, project, MONDAY, MONDAY.plusWeeks(8), 8, "SOFT"))
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
        String running = AllocationResourceTest.hard(person, project, MONDAY, MONDAY.plusWeeks(16), 16);
        String future = AllocationResourceTest.hard(person, project, MONDAY.plusWeeks(12), MONDAY.plusWeeks(16), 8);
        String finished = AllocationResourceTest.hard(person, project, MONDAY, MONDAY.plusWeeks(2), 8);
        String request = ProjectStaff.as(PROJECT_MANAGER).body(Map.of("projectId", project.toString(), "role", "Tester",
                "hoursPerWeek", 8, "from", "2026-05-04", "to", "2026-06-26"))
                .post("/api/v1/resource-requests").then().statusCode(201).extract().path("id");

        UUID eventId = UUID.randomUUID();
        publishAt(eventId, project, 2, "CANCELLED", "2026-04-15T16:30:00Z");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> allocation(running)
                .then().body("to", is("2026-04-15"), "status", is("ACTIVE"), "version", is(2)));
        allocation(soft).then().body("status", is("RELEASED"), "version", is(2));
        allocation(future).then().body("status", is("RELEASED"), "to", is("2026-06-22"));
        allocation(finished).then().body("status", is("ACTIVE"), "version", is(1));
        Api.as(ADMIN).get("/api/v1/resource-requests/" + request).then().body("status", is("CANCELLED"));
        EventSchemas.assertValid(AllocationEvents.UPDATED, PublishedEvents.awaitSubject(running, AllocationEvents.UPDATED).value());
        EventSchemas.assertValid(AllocationEvents.RELEASED, PublishedEvents.awaitSubject(soft, AllocationEvents.RELEASED).value());
        ProjectStaff.as(DELIVERY_MANAGER).body(AllocationResourceTest.booking(person, project, MONDAY, MONDAY, 8, "HARD"))
                .post("/api/v1/allocations").then().statusCode(422);

        // A redelivery, then a later event of the still-cancelled project: neither changes anything again.
        publishAt(eventId, project, 2, "CANCELLED", "2026-04-15T16:30:00Z");
        publishAt(UUID.randomUUID(), project, 3, "CANCELLED", "2026-04-20T09:00:00Z");
        awaitKnownVersion(project, 3);
        allocation(running).then().body("to", is("2026-04-15"), "version", is(2));
        allocation(soft).then().body("version", is(2));
    }

    @Test
    void endsHardAllocationsWhenAProjectIsClosed() {
        UUID project = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, project.toString(), project(project, 1, "COMPLETED"));
        awaitKnown(project, "COMPLETED");
        String running = AllocationResourceTest.hard(Fixtures.person(40), project, MONDAY, MONDAY.plusWeeks(16), 16);

        publishAt(UUID.randomUUID(), project, 2, "CLOSED", "2026-05-01T08:00:00Z");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> allocation(running)
                .then().body("to", is("2026-05-01")));
    }

    private static void publishAt(UUID eventId, UUID project, int version, String status, String time) {
        TopicClient.write(Topics.PROJECTS, project.toString(), project(project, version, status).toString(), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_source", "projects-service",
                "ce_type", STATUS_CHANGED, "ce_subject", project.toString(), "ce_time", time,
                "content-type", "application/json"));
    }

    /** The example project under this id, naming {@link ProjectStaff} as its managers. */
    private static ObjectNode project(UUID id, int version, String status) {
        ObjectNode payload = EventFeed.example(CREATED);
        payload.put("version", version);
        ((ObjectNode) payload.get("state")).put("id", id.toString())
                .put("key", "K" + id.toString().substring(0, 8).toUpperCase()).put("status", status)
                .put("acceptsRecords", !status.equals("CLOSED") && !status.equals("CANCELLED"))
                .put("projectManagerId", ProjectStaff.PROJECT_MANAGER_ID.toString())
                .put("deliveryManagerId", ProjectStaff.DELIVERY_MANAGER_ID.toString())
                .put("version", version);
        return payload;
    }

    private static io.restassured.response.Response allocation(String id) {
        return Api.as(ADMIN).get("/api/v1/allocations/" + id);
    }

    private static void awaitKnown(UUID id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + id).then().statusCode(200).body("status", is(status)));
    }

    private static void awaitKnownVersion(UUID id, int version) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + id).then().statusCode(200).body("version", is(version)));
    }
}
