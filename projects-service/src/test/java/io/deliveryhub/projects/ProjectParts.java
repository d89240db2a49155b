package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Factories for the parts of a project (milestones, deliverables) that many tests need. */
public final class ProjectParts {

    private ProjectParts() {
    }

    public static Map<String, Object> milestone(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("dueDate", "2026-03-31");
        body.put("weight", 2);
        body.put("billingAmount", Map.of("amount", "25000.00", "currency", "EUR"));
        body.put("acceptanceCriteria", "Client approves");
        return body;
    }

    public static String newMilestone(String projectId) {
        return Api.as(ADMIN).body(milestone("Milestone " + UUID.randomUUID())).post("/api/v1/projects/{p}/milestones", projectId)
                .then().statusCode(201).extract().path("id");
    }

    public static String newDeliverable(String projectId, String milestoneId, String name) {
        return Api.as(ADMIN).body(Map.of("name", name))
                .post("/api/v1/projects/{p}/milestones/{m}/deliverables", projectId, milestoneId)
                .then().statusCode(201).extract().path("id");
    }

    public static void review(String projectId, String milestoneId, String deliverableId, String status) {
        Api.as(ADMIN).body(Map.of("status", status, "notes", "reviewed"))
                .post("/api/v1/projects/{p}/milestones/{m}/deliverables/{d}/review", projectId, milestoneId, deliverableId)
                .then().statusCode(200);
    }

    /** A project taken through its lifecycle to CLOSED: ACTIVE, COMPLETED (it has no milestones), reviewed, CLOSED. */
    public static String newClosedProject() {
        String projectId = Fixtures.newActiveProject();
        Fixtures.transition(projectId, "COMPLETED");
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("lessonsLearned", "Demo weekly"))
                .put("/api/v1/projects/{p}/closure-review", projectId).then().statusCode(201);
        Fixtures.transition(projectId, "CLOSED");
        return projectId;
    }

    /** Cancels a project through its lifecycle (PROPOSED → CANCELLED is always allowed). */
    public static void cancel(String projectId) {
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("to", "CANCELLED", "reason", "Client withdrew"))
                .post("/api/v1/projects/{p}/transitions", projectId).then().statusCode(200);
    }
}
