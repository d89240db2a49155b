package io.deliveryhub.resources.utilization;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UtilizationResourceTest {

    // A week nobody else's test logs time in: Monday 7 to Sunday 13 September 2026.
    private static final String FROM = "2026-09-07";
    private static final String TO = "2026-09-13";

    @Test
    void reportsUtilizationPerPersonPracticeAndRole() {
        String practice = "Utilization " + Fixtures.unique();
        Map<String, Object> ana = Fixtures.person(Fixtures.unique());
        ana.put("practice", practice);
        ana.put("title", "Architect " + practice);
        UUID anaId = Fixtures.newPerson(ana);
        Map<String, Object> ben = Fixtures.person(Fixtures.unique());
        ben.put("practice", practice);
        ben.put("capacityHoursPerWeek", 20);
        UUID benId = Fixtures.newPerson(ben);
        UUID project = Fixtures.knownProject();

        Api.as(ADMIN).body(Map.of("from", "2026-09-07", "to", "2026-09-07", "type", "HOLIDAY"))
                .post("/api/v1/people/" + anaId + "/time-off").then().statusCode(201);
        log(anaId, project, "2026-09-08", 8, true);
        log(anaId, project, "2026-09-12", 4, false); // a Saturday: logged, no capacity
        String rejected = log(anaId, project, "2026-09-09", 8, true);
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("decision", "REJECTED", "reason", "duplicate"))
                .post("/api/v1/time-entries/" + rejected + "/decision").then().statusCode(200);
        log(benId, project, "2026-09-10", 10, true);

        // Ana: capacity 32 (a holiday), logged 12, billable 8. Ben: capacity 20, logged 10, billable 10.
        Api.as(TEAM_MEMBER).queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", "person")
                .get("/api/v1/utilization")
                .then().statusCode(200)
                .body("groupBy", is("person"),
                        "rows.find { it.group == '" + anaId + "' }.capacityHours", is(32.0f),
                        "rows.find { it.group == '" + anaId + "' }.loggedHours", is(12.0f),
                        "rows.find { it.group == '" + anaId + "' }.billableHours", is(8.0f),
                        "rows.find { it.group == '" + anaId + "' }.utilization", is(0.375f),
                        "rows.find { it.group == '" + anaId + "' }.billableUtilization", is(0.25f),
                        "rows.find { it.group == '" + benId + "' }.utilization", is(0.5f));
        Api.as(HEAD_OF_DELIVERY).queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", "practice")
                .get("/api/v1/utilization")
                .then().statusCode(200)
                .body("rows.find { it.group == '" + practice + "' }.people", is(2),
                        "rows.find { it.group == '" + practice + "' }.capacityHours", is(52.0f),
                        "rows.find { it.group == '" + practice + "' }.loggedHours", is(22.0f),
                        "rows.find { it.group == '" + practice + "' }.utilization", is(0.423f),
                        "rows.find { it.group == '" + practice + "' }.billableUtilization", is(0.346f));
        Api.as(ADMIN).queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", "role")
                .get("/api/v1/utilization")
                .then().statusCode(200).body("rows.find { it.group == 'Architect " + practice + "' }.people", is(1));
    }

    @Test
    void aWeekendHasNoCapacityAndNoRatios() {
        UUID person = Fixtures.newPerson();
        log(person, Fixtures.knownProject(), "2026-09-19", 3, true);
        Api.as(ADMIN).queryParam("from", "2026-09-19").queryParam("to", "2026-09-20").get("/api/v1/utilization")
                .then().statusCode(200)
                .body("rows.find { it.group == '" + person + "' }.capacityHours", is(0.0f),
                        "rows.find { it.group == '" + person + "' }.loggedHours", is(3.0f),
                        "rows.find { it.group == '" + person + "' }.utilization", nullValue());
    }

    @Test
    void refusesABadPeriodOrGrouping() {
        Api.as(ADMIN).queryParam("to", TO).get("/api/v1/utilization").then().statusCode(400).body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("from", TO).queryParam("to", FROM).get("/api/v1/utilization")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", "planet")
                .get("/api/v1/utilization").then().statusCode(400).body("errors[0].field", is("groupBy"));
        Api.as(INTEGRATION_CRM).queryParam("from", FROM).queryParam("to", TO).get("/api/v1/utilization").then().statusCode(403);
    }

    private static String log(UUID person, UUID project, String date, int hours, boolean billable) {
        Map<String, Object> entry = Fixtures.entry(person, project, date, hours);
        entry.put("billable", billable);
        return Api.as(ADMIN).body(entry).post("/api/v1/time-entries").then().statusCode(201).extract().path("id");
    }
}
