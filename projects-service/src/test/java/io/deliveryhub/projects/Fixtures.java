package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.testkit.Api;
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

    public static Map<String, Object> project(String key, String clientId) {
        return Map.of("key", key, "name", "Project " + key, "clientId", clientId,
                "plannedStart", "2026-03-02", "plannedEnd", "2026-09-30",
                "budget", Map.of("amount", "250000.00", "currency", "EUR"));
    }

    public static String newProject() {
        return Api.as(ADMIN).body(project(newKey(), newClient())).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }
}
