package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.testkit.Api;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The per-person and per-group utilization and bench views over four weeks (2 to 29 March 2026), and the portfolio
 * KPIs of the day after, which add up the same figures. Each test has a practice of its own.
 */
@QuarkusTest
class WorkforceViewsResourceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 29);

    @Test
    void servesUtilizationPerPersonAndPerPracticeWithThePortfolioAddingUpTheSameFigures() {
        String practice = "Views " + UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID ada = person("Ada " + practice, "Developer", practice);
        UUID ben = person("Ben " + practice, "Analyst", practice);
        allocate(ada, project, 40);
        allocate(ben, project, 10);
        log(ada, project, FROM.plusDays(1), 8, true, "APPROVED");
        log(ada, project, FROM.plusDays(2), 8, false, "SUBMITTED");
        log(ben, project, FROM.plusDays(2), 6, true, "REJECTED");

        // 4 weeks of 40 h each: 320 h of capacity, 16 h logged, 8 billable; Ben's 10 h a week HARD is below half.
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> utilization("practice")
                .body("rows.find { it.group == '" + practice + "' }", is(Map.of("group", practice, "name", practice,
                        "people", 2, "capacityHours", 320.0f, "loggedHours", 16.0f, "billableHours", 8.0f,
                        "utilization", 0.05f, "billableUtilization", 0.025f, "onBench", 1))));
        utilization("person")
                .body("groupBy", is("person"), "from", is(FROM.toString()), "to", is(TO.toString()),
                        "rows.find { it.group == '" + ada + "' }.name", is("Ada " + practice),
                        "rows.find { it.group == '" + ada + "' }.utilization", is(0.1f),
                        "rows.find { it.group == '" + ada + "' }.onBench", is(0),
                        "rows.find { it.group == '" + ben + "' }.loggedHours", is(0.0f),
                        "rows.find { it.group == '" + ben + "' }.onBench", is(1),
                        "total.name", is("all"), "total.people", greaterThanOrEqualTo(2));
        Api.as(HEAD_OF_DELIVERY).queryParam("asOf", TO.plusDays(1).toString()).queryParam("practice", practice)
                .get("/api/v1/metrics/portfolio").then().statusCode(200)
                .body("people.from", is(FROM.toString()), "people.to", is(TO.toString()), "people.people", is(2),
                        "people.capacityHours", is(320.0f), "people.loggedHours", is(16.0f),
                        "people.utilization", is(0.05f), "people.billableUtilization", is(0.025f),
                        "people.onBench", is(1), "people.benchShare", is(0.5f));
    }

    @Test
    void listsThePeopleOnTheBenchLeastAllocatedFirst() {
        String practice = "Bench " + UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID idle = person("Idle", "Developer", practice);
        UUID busy = person("Busy", "Developer", practice);
        UUID full = person("Full", "Developer", practice);
        allocate(busy, project, 30);
        allocate(full, project, 40);

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> bench(practice, null)
                .body("threshold", is(0.5f), "people", hasSize(1), "people[0].personId", is(idle.toString()),
                        "people[0].name", is("Idle"), "people[0].title", is("Developer"),
                        "people[0].practice", is(practice), "people[0].capacityHours", is(160.0f),
                        "people[0].hardHours", is(0.0f), "people[0].freeHours", is(160.0f),
                        "people[0].allocation", is(0.0f)));
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> bench(practice, "0.8")
                .body("threshold", is(0.8f), "people.personId", contains(idle.toString(), busy.toString()),
                        "people[1].hardHours", is(120.0f), "people[1].freeHours", is(40.0f),
                        "people[1].allocation", is(0.75f)));
        bench("No such practice " + full, null).body("people", empty());
    }

    @Test
    void refusesABadQueryNamingTheParameter() {
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13").queryParam("groupBy", "team")
                .get("/api/v1/utilization").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("groupBy"));
        Api.as(ADMIN).queryParam("from", "2026-03-13").queryParam("to", "2026-03-02").get("/api/v1/utilization")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("from", "2020-01-01").queryParam("to", "2026-03-02").get("/api/v1/utilization")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("to", "2026-03-13").get("/api/v1/bench")
                .then().statusCode(400).body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13").queryParam("threshold", 1.5)
                .get("/api/v1/bench").then().statusCode(400).body("errors[0].field", is("threshold"));
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13").queryParam("threshold", "half")
                .get("/api/v1/bench").then().statusCode(400).body("errors[0].field", is("threshold"));
    }

    @Test
    void answersOnlyThePeopleWhoseWorkItIs() {
        Api.anonymous().get("/api/v1/utilization").then().statusCode(401);
        Api.anonymous().get("/api/v1/bench").then().statusCode(401);
        Api.as(INTEGRATION_CRM).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .get("/api/v1/utilization").then().statusCode(403);
        Api.as(INTEGRATION_TIMESHEETS).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .get("/api/v1/bench").then().statusCode(403);
        Api.as(TEAM_MEMBER).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .get("/api/v1/bench").then().statusCode(200);
    }

    private static ValidatableResponse utilization(String groupBy) {
        return Api.as(DELIVERY_MANAGER).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .queryParam("groupBy", groupBy).get("/api/v1/utilization").then().statusCode(200);
    }

    private static ValidatableResponse bench(String practice, String threshold) {
        var request = Api.as(TEAM_MEMBER).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .queryParam("practice", practice);
        if (threshold != null) {
            request.queryParam("threshold", threshold);
        }
        return request.get("/api/v1/bench").then().statusCode(200);
    }

    private static UUID person(String name, String title, String practice) {
        UUID id = UUID.randomUUID();
        var payload = ResourceFeed.person(id, 1, 40, practice);
        state(payload).put("name", name).put("title", title);
        publish(PERSON_CREATED, id, payload);
        return id;
    }

    private static void allocate(UUID person, UUID project, double hoursPerWeek) {
        publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, person, project,
                FROM.minusWeeks(2), TO.plusWeeks(2), hoursPerWeek, "HARD"));
    }

    private static void log(UUID person, UUID project, LocalDate date, double hours, boolean billable, String status) {
        String type = status.equals("SUBMITTED") ? TIME_ENTRY_RECORDED : TIME_ENTRY_DECIDED;
        publish(type, project, timeEntry(type, UUID.randomUUID(), 1, project, person, date, hours, "720.00", billable,
                status));
    }
}
