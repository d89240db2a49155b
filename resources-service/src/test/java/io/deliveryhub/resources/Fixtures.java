package io.deliveryhub.resources;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.resources.exchangerate.KnownExchangeRate;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.skill.PersonSkill;
import io.deliveryhub.resources.skill.Skill;
import io.deliveryhub.resources.timeoff.TimeOff;
import io.deliveryhub.resources.timeoff.TimeOffType;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * Test data with unique names, made through the API (people) or as project events would leave it; staffing tests
 * write people, skills and time off straight into their tables so they do not depend on those features' APIs.
 */
public final class Fixtures {

    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2); // 2026-W10
    /** Codes Q?? and Z?? are handed out once each per run, so no two tests share a currency's rates. */
    private static final AtomicInteger CURRENCIES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** A project as the known-projects read model holds it once projects-service announced it, naming {@link ProjectStaff}. */
    public static UUID knownProject(String status) {
        return knownProject(status, null, null);
    }

    public static UUID knownProject(String status, String practice, BigDecimal probability) {
        return knownProject(status, practice, probability, ProjectStaff.PROJECT_MANAGER_ID,
                ProjectStaff.DELIVERY_MANAGER_ID, ProjectStaff.DELIVERY_LEAD_ID);
    }

    /** An ACTIVE known project naming these people (any may be null). */
    public static UUID knownProjectNaming(UUID projectManager, UUID deliveryManager, UUID deliveryLead) {
        return knownProject("ACTIVE", null, null, projectManager, deliveryManager, deliveryLead);
    }

    private static UUID knownProject(String status, String practice, BigDecimal probability, UUID projectManager,
            UUID deliveryManager, UUID deliveryLead) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            KnownProject project = new KnownProject();
            project.id = id;
            project.key = "T" + unique().toUpperCase();
            project.name = "Project " + project.key;
            project.status = status;
            // What projects-service publishes with that status (ProjectLifecycle.acceptsRecords).
            project.acceptsRecords = !status.equals("CLOSED") && !status.equals("CANCELLED");
            project.plannedStart = LocalDate.of(2026, 1, 5);
            project.plannedEnd = LocalDate.of(2026, 12, 18);
            project.practice = practice;
            project.probability = probability;
            project.projectManagerId = projectManager;
            project.deliveryManagerId = deliveryManager;
            project.deliveryLeadId = deliveryLead;
            project.version = 1;
            project.updatedAt = Instant.now();
            project.persist();
        });
        return id;
    }

    public static UUID knownProject() {
        return knownProject("ACTIVE");
    }

    /** A currency code no other test uses, without any exchange rate yet. */
    public static String newCurrency() {
        int n = CURRENCIES.getAndIncrement();
        return "" + "QZ".charAt(n / 676 % 2) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    /** A {@code deliveryhub.exchange-rate.set.v1} payload as projects-service publishes it. */
    public static ObjectNode exchangeRateSet(String currency, String effectiveFrom, String rateToBase, long version) {
        ObjectNode payload = JSON.createObjectNode().put("version", version).put("actor", "admin");
        payload.putObject("state").put("currency", currency).put("effectiveFrom", effectiveFrom)
                .put("rateToBase", rateToBase).put("baseCurrency", "EUR").put("version", version)
                .put("updatedAt", "2026-01-02T09:00:00Z").put("updatedBy", "admin");
        return payload;
    }

    /** Announces a rate as projects-service would, and waits until this service has learnt it. */
    public static void exchangeRate(String currency, String effectiveFrom, String rateToBase) {
        EventFeed.publish(Topics.PROJECTS, "deliveryhub.exchange-rate.set.v1", currency,
                exchangeRateSet(currency, effectiveFrom, rateToBase, 1));
        KnownExchangeRate.Key key = new KnownExchangeRate.Key(currency, LocalDate.parse(effectiveFrom));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownExchangeRate.findByIdOptional(key).isPresent()));
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
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

    public static UUID person(int capacityHoursPerWeek) {
        return person("Person " + UUID.randomUUID(), capacityHoursPerWeek, "Developer", "Engineering");
    }

    public static UUID person(String name, int capacityHoursPerWeek, String title, String practice) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.stampCreated(Instant.now());
            person.name = name;
            person.email = person.id + "@example.com";
            person.title = title;
            person.practice = practice;
            person.capacityHoursPerWeek = BigDecimal.valueOf(capacityHoursPerWeek);
            person.persist();
            return person.id;
        });
    }

    public static void leaves(UUID personId, LocalDate from, LocalDate to, int hoursPerDay) {
        QuarkusTransaction.requiringNew().run(() -> {
            TimeOff timeOff = new TimeOff();
            timeOff.stampCreated(Instant.now());
            timeOff.personId = personId;
            timeOff.fromDate = from;
            timeOff.toDate = to;
            timeOff.type = TimeOffType.VACATION;
            timeOff.hoursPerDay = BigDecimal.valueOf(hoursPerDay);
            timeOff.persist();
        });
    }

    public static UUID skill(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Skill skill = new Skill();
            skill.stampCreated(Instant.now());
            skill.name = name;
            skill.persist();
            return skill.id;
        });
    }

    public static void masters(UUID personId, UUID skillId, int level) {
        QuarkusTransaction.requiringNew().run(() -> {
            PersonSkill personSkill = new PersonSkill();
            personSkill.stampCreated(Instant.now());
            personSkill.personId = personId;
            personSkill.skillId = skillId;
            personSkill.level = level;
            personSkill.persist();
        });
    }
}
