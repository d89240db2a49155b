package io.deliveryhub.resources.overallocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OverallocationResourceTest {

    private static final String VIEW = "/api/v1/capacity/overallocation";
    private static final String FRIDAY = MONDAY.plusDays(4).toString();

    @Test
    void aScenarioThatOverAllocatesSomeoneShowsItInItsViewAndNotInTheLiveOne() {
        String practice = "Practice " + UUID.randomUUID();
        UUID ada = Fixtures.person("Ada", 40, "Developer", practice);
        UUID bob = Fixtures.person("Bob", 40, "Developer", practice);
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID other = Fixtures.knownProject("ACTIVE");
        book(ada, project, 32, false);
        String bobs = book(bob, project, 48, true);
        String scenario = ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "Ada on two projects"))
                .post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, other, 16)).post("/api/v1/scenarios/{s}/allocations", scenario)
                .then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).delete("/api/v1/scenarios/{s}/allocations/{a}", scenario, bobs)
                .then().statusCode(204);

        view(ProjectStaff.as(TEAM_MEMBER), practice, null).body("scenarioId", nullValue(),
                "people", hasSize(1), "people[0].personId", is(bob.toString()), "people[0].name", is("Bob"),
                "people[0].practice", is(practice), "people[0].weeks", hasSize(1),
                "people[0].weeks[0].week", is("2026-W10"), "people[0].weeks[0].capacityHours", is(40.0f),
                "people[0].weeks[0].bookedHours", is(48.0f));
        view(ProjectStaff.as(DELIVERY_MANAGER), practice, scenario).body("scenarioId", is(scenario),
                "people", hasSize(1), "people[0].personId", is(ada.toString()),
                "people[0].weeks[0].week", is("2026-W10"), "people[0].weeks[0].bookedHours", is(48.0f));
    }

    @Test
    void judgesWholeWeeksAfterTimeOff() {
        String practice = "Practice " + UUID.randomUUID();
        UUID ada = Fixtures.person("Ada", 40, "Developer", practice);
        Fixtures.leaves(ada, MONDAY.plusDays(7), MONDAY.plusDays(7), 8);
        UUID project = Fixtures.knownProject("ACTIVE");
        Map<String, Object> twoWeeks = booking(ada, project, 36);
        twoWeeks.put("to", MONDAY.plusDays(11).toString());
        ProjectStaff.as(DELIVERY_MANAGER).body(twoWeeks).queryParam("allowOverallocation", true)
                .post("/api/v1/allocations").then().statusCode(201);

        // Asked for a Wednesday of W11 only, the view still judges that whole week: 36 h against 40 − 8.
        Api.as(ADMIN).queryParam("from", MONDAY.plusDays(9).toString()).queryParam("to", MONDAY.plusDays(9).toString())
                .queryParam("practice", practice.toUpperCase()).get(VIEW)
                .then().statusCode(200).body("people[0].weeks.week", contains("2026-W11"),
                        "people[0].weeks[0].capacityHours", is(32.0f), "people[0].weeks[0].bookedHours", is(36.0f));
    }

    @Test
    void someoneElsesScenarioIsNotFoundAndBadInputIsAProblem() {
        UUID pm = UUID.randomUUID();
        String scenario = Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)).body(Map.of("name", "Mine"))
                .post("/api/v1/scenarios").then().statusCode(201).extract().path("id");

        view(Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)), null, scenario).body("scenarioId", is(scenario));
        Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER)).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY).queryParam("scenario", scenario).get(VIEW)
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY).queryParam("scenario", scenario).get(VIEW).then().statusCode(404);
        Api.as(TEAM_MEMBER).queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY)
                .queryParam("scenario", UUID.randomUUID()).get(VIEW).then().statusCode(404);
        Api.as(TEAM_MEMBER).queryParam("to", FRIDAY).get(VIEW)
                .then().statusCode(400).body("errors[0].field", is("from"));
        Api.as(TEAM_MEMBER).queryParam("from", FRIDAY).queryParam("to", MONDAY.toString()).get(VIEW)
                .then().statusCode(400).body("errors[0].field", is("to"));
        Api.as(TEAM_MEMBER).queryParam("from", "yesterday").queryParam("to", FRIDAY).get(VIEW)
                .then().statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
        Api.as(INTEGRATION_CRM).queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY).get(VIEW)
                .then().statusCode(403);
        Api.anonymous().queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY).get(VIEW).then().statusCode(401);
    }

    @Test
    void isDocumentedWithTheScenarioParameter() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/capacity/overallocation'.get.parameters.name",
                        hasItems("from", "to", "practice", "scenario"))
                .body("paths.'/api/v1/capacity/overallocation'.get.responses.'200'.content.'application/json'"
                        + ".schema.$ref", endsWith("/Overallocation"));
    }

    private static ValidatableResponse view(RequestSpecification as, String practice, String scenario) {
        as.queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY);
        if (practice != null) {
            as.queryParam("practice", practice);
        }
        if (scenario != null) {
            as.queryParam("scenario", scenario);
        }
        return as.get(VIEW).then().statusCode(200);
    }

    private static String book(UUID person, UUID project, int hours, boolean allowOverallocation) {
        return ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, hours))
                .queryParam("allowOverallocation", allowOverallocation).post("/api/v1/allocations")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> booking(UUID person, UUID project, int hours) {
        return new java.util.HashMap<>(Map.of("personId", person.toString(), "projectId", project.toString(),
                "from", MONDAY.toString(), "to", FRIDAY, "hoursPerWeek", hours, "booking", "HARD"));
    }
}
