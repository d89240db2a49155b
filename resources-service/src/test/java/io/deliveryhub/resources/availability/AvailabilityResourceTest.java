package io.deliveryhub.resources.availability;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AvailabilityResourceTest {

    @Test
    void showsEachWeeksCapacityTimeOffBookingsAndFreeHours() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        Fixtures.leaves(person, MONDAY, MONDAY, 8);
        book(person, project, "2026-03-02", "2026-03-13", 24, "HARD");
        book(person, project, "2026-03-09", "2026-03-13", 8, "SOFT");

        Api.as(TEAM_MEMBER).queryParam("from", "2026-03-02").queryParam("to", "2026-03-15")
                .get("/api/v1/people/" + person + "/availability")
                .then().statusCode(200)
                .body("personId", is(person.toString()), "weeks", hasSize(2),
                        "weeks[0].week", is("2026-W10"), "weeks[0].capacityHours", is(40.0f),
                        "weeks[0].timeOffHours", is(8.0f), "weeks[0].hardHours", is(24.0f),
                        "weeks[0].softHours", is(0.0f), "weeks[0].freeHours", is(8.0f),
                        "weeks[1].week", is("2026-W11"), "weeks[1].softHours", is(8.0f),
                        "weeks[1].freeHours", is(16.0f), "weeks[1].overallocated", is(false));
    }

    @Test
    void refusesABadPeriodAndAnUnknownPerson() {
        UUID person = Fixtures.person(40);
        Api.as(ADMIN).queryParam("to", "2026-03-15").get("/api/v1/people/" + person + "/availability")
                .then().statusCode(400).body("errors[0].field", is("from"));
        Api.as(ADMIN).queryParam("from", "2026-03-15").queryParam("to", "2026-03-01")
                .get("/api/v1/people/" + person + "/availability")
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(ADMIN).queryParam("from", "2026-03-01").queryParam("to", "2026-03-15")
                .get("/api/v1/people/" + UUID.randomUUID() + "/availability")
                .then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().queryParam("from", "2026-03-01").queryParam("to", "2026-03-15")
                .get("/api/v1/people/" + person + "/availability").then().statusCode(401);
        Api.as(INTEGRATION_PIPELINES).queryParam("from", "2026-03-01").queryParam("to", "2026-03-15")
                .get("/api/v1/people/" + person + "/availability").then().statusCode(403);
    }

    private static void book(UUID person, UUID project, String from, String to, int hours, String booking) {
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString(), "projectId", project.toString(),
                "from", from, "to", to, "hoursPerWeek", hours, "booking", booking))
                .post("/api/v1/allocations").then().statusCode(201);
    }
}
