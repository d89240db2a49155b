package io.deliveryhub.resources.bench;

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
class BenchResourceTest {

    @Test
    void listsPeopleBelowTheThresholdLeastAllocatedFirst() {
        String practice = "Bench " + UUID.randomUUID();
        UUID idle = Fixtures.person("Idle", 40, "Developer", practice);
        UUID busy = Fixtures.person("Busy", 40, "Developer", practice);
        UUID away = Fixtures.person("Away", 40, "Developer", practice);
        Fixtures.leaves(away, Fixtures.MONDAY, Fixtures.MONDAY.plusDays(11), 8);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", busy.toString(), "projectId",
                Fixtures.knownProject("ACTIVE").toString(), "from", "2026-03-02", "to", "2026-03-13", "hoursPerWeek", 30,
                "booking", "HARD")).post("/api/v1/allocations").then().statusCode(201);

        Api.as(TEAM_MEMBER).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .queryParam("practice", practice.toUpperCase()).get("/api/v1/bench")
                .then().statusCode(200)
                .body("threshold", is(0.5f), "people", hasSize(1), "people[0].personId", is(idle.toString()),
                        "people[0].capacityHours", is(80.0f), "people[0].hardHours", is(0.0f),
                        "people[0].allocation", is(0.0f));
        Api.as(TEAM_MEMBER).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .queryParam("practice", practice).queryParam("threshold", 0.8).get("/api/v1/bench")
                .then().statusCode(200)
                .body("people.personId", contains(idle.toString(), busy.toString()),
                        "people[1].allocation", is(0.75f), "people[1].freeHours", is(20.0f));
    }

    @Test
    void refusesABadQuery() {
        Api.as(ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13").queryParam("threshold", 1.5)
                .get("/api/v1/bench").then().statusCode(400).body("errors[0].field", is("threshold"));
        Api.as(ADMIN).queryParam("to", "2026-03-13").get("/api/v1/bench")
                .then().statusCode(400).body("errors[0].field", is("from"));
        Api.anonymous().get("/api/v1/bench").then().statusCode(401);
        Api.as(INTEGRATION_TIMESHEETS).queryParam("from", "2026-03-02").queryParam("to", "2026-03-13")
                .get("/api/v1/bench").then().statusCode(403);
    }
}
