package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small factories for the data most tests need. */
public final class Fixtures {

    /** Codes Q?? and Z?? are handed out once each per run, so no two tests share a currency's rates. */
    private static final AtomicInteger CURRENCIES = new AtomicInteger();

    private Fixtures() {
    }

    /** A currency code no other test uses, without any exchange rate yet. */
    public static String newCurrency() {
        int n = CURRENCIES.getAndIncrement();
        return "" + "QZ".charAt(n / 676 % 2) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    /** Sets (as ADMIN) the rate of a currency from a day on. */
    public static void exchangeRate(String currency, String effectiveFrom, String rateToBase) {
        Api.as(ADMIN).body(Map.of("rateToBase", rateToBase))
                .put("/api/v1/exchange-rates/{c}/{d}", currency, effectiveFrom).then().statusCode(201);
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
