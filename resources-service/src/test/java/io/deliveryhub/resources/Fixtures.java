package io.deliveryhub.resources;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data with unique names, made through the API (people) or as project events would leave it. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> person(String marker) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", "Person " + marker);
        person.put("email", "person-" + marker + "@example.com");
        person.put("title", "Developer");
        person.put("practice", "Practice " + marker);
        person.put("timezone", "Europe/Berlin");
        person.put("employmentType", "EMPLOYEE");
        return person;
    }

    public static UUID newPerson() {
        return newPerson(person(unique()));
    }

    public static UUID newPerson(Map<String, Object> body) {
        return UUID.fromString(Api.as(ADMIN).body(body).post("/api/v1/people").then().statusCode(201)
                .extract().path("id"));
    }

    /** A project as the known-projects read model holds it once projects-service announced it. */
    public static UUID knownProject(String status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            KnownProject project = new KnownProject();
            project.id = id;
            project.key = "T" + unique().toUpperCase();
            project.name = "Project " + project.key;
            project.status = status;
            project.plannedStart = LocalDate.of(2026, 1, 5);
            project.plannedEnd = LocalDate.of(2026, 12, 18);
            project.version = 1;
            project.updatedAt = Instant.now();
            project.persist();
        });
        return id;
    }

    public static UUID knownProject() {
        return knownProject("ACTIVE");
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    public static Map<String, Object> entry(UUID personId, UUID projectId, String date, Object hours) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("personId", personId.toString());
        entry.put("projectId", projectId.toString());
        entry.put("date", date);
        entry.put("hours", hours);
        entry.put("billable", true);
        return entry;
    }
}
