package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import java.util.Map;
import java.util.UUID;

/** Small factories for the data most tests need. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String newClient() {
        return Api.as(ADMIN).body(Map.of("name", "Client " + UUID.randomUUID(), "industry", "Banking"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** A unique, valid project key. */
    public static String newKey() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A project naming {@link ProjectStaff} as its project manager, delivery manager and delivery lead. */
    public static Map<String, Object> project(String key, String clientId) {
        return Map.of("key", key, "name", "Project " + key, "clientId", clientId,
                "plannedStart", "2026-03-02", "plannedEnd", "2026-09-30",
                "budget", Map.of("amount", "250000.00", "currency", "EUR"),
                "projectManagerId", ProjectStaff.PROJECT_MANAGER_ID.toString(),
                "deliveryManagerId", ProjectStaff.DELIVERY_MANAGER_ID.toString(),
                "deliveryLeadId", ProjectStaff.DELIVERY_LEAD_ID.toString());
    }

    /** A project that meets the activation guards: project manager, planned dates, budget (and budget hours). */
    public static Map<String, Object> readyProject(String key, String clientId) {
        Map<String, Object> body = new java.util.HashMap<>(project(key, clientId));
        body.put("budgetHours", 2400);
        return body;
    }

    public static String newReadyProject() {
        return Api.as(ADMIN).body(readyProject(newKey(), newClient())).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    /** Moves a project (as its delivery manager) and returns its new version. */
    public static int transition(String projectId, String to) {
        return ProjectStaff.as(io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER)
                .body(Map.of("to", to, "reason", "test moves it to " + to))
                .post("/api/v1/projects/{id}/transitions", projectId)
                .then().statusCode(200).extract().path("version");
    }

    /** A project taken through PLANNING to ACTIVE, so it has baseline version 1. */
    public static String newActiveProject() {
        String id = newReadyProject();
        transition(id, "PLANNING");
        transition(id, "ACTIVE");
        return id;
    }

    public static String newProject() {
        return Api.as(ADMIN).body(project(newKey(), newClient())).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }
}
