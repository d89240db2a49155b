package io.deliveryhub.resources.scenario;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScenarioResourceTest {

    private static final String SCENARIOS = "/api/v1/scenarios";
    private static final String FRIDAY = MONDAY.plusDays(4).toString();

    @Test
    void aScenarioThatOverAllocatesSomeoneShowsItInItsViewsAndNotInTheLivePlan() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID other = Fixtures.knownProject("ACTIVE");
        book(ada, project, 32);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));

        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, other, 16, "HARD"))
                .post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(201).header("Location", containsString("/api/v1/scenarios/" + scenario + "/allocations/"))
                .body("change", is("ADD"), "basedOnVersion", nullValue(), "personId", is(ada.toString()),
                        "hoursPerWeek", is(16.0f));

        availability(ada, null).body("weeks[0].hardHours", is(32.0f), "weeks[0].overallocated", is(false));
        availability(ada, scenario).body("weeks[0].hardHours", is(48.0f), "weeks[0].overallocated", is(true),
                "weeks[0].freeHours", is(0.0f));
        ProjectStaff.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY)
                .get(SCENARIOS + "/{id}/compare", scenario)
                .then().statusCode(200)
                .body("people", hasSize(1), "people[0].personId", is(ada.toString()), "people[0].week", is("2026-W10"),
                        "people[0].liveHardHours", is(32.0f), "people[0].scenarioHardHours", is(48.0f),
                        "people[0].liveOverallocated", is(false), "people[0].scenarioOverallocated", is(true),
                        "allocations", hasSize(1), "allocations[0].projectId", is(other.toString()),
                        "allocations[0].deltaHours", is(16.0f), "projects[0].projectId", is(other.toString()));
        Api.as(TEAM_MEMBER).queryParam("personId", ada).get("/api/v1/allocations")
                .then().statusCode(200).body("total", is(1));
    }

    @Test
    void applyMakesTheChangesRealWithTheirEventsAndOnlyOnce() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID other = Fixtures.knownProject("ACTIVE");
        String live = book(ada, project, 32);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 24))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, live)
                .then().statusCode(200).body("change", is("CHANGE"), "basedOnVersion", is(1), "hoursPerWeek", is(24.0f));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, other, 24, "HARD"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201);

        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(409).body("type", endsWith("/overallocation"));
        availability(ada, null).body("weeks[0].hardHours", is(32.0f));

        JsonPath applied = ProjectStaff.as(DELIVERY_MANAGER).queryParam("allowOverallocation", true)
                .post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(200).body("scenario.status", is("APPLIED"), "changed", contains(live),
                        "created", hasSize(1), "released", empty())
                .extract().jsonPath();

        availability(ada, null).body("weeks[0].hardHours", is(48.0f), "weeks[0].overallocated", is(true));
        PublishedEvents.awaitSubject(live, "deliveryhub.allocation.updated.v1");
        PublishedEvents.awaitSubject(applied.getString("created[0]"), "deliveryhub.allocation.created.v1");
        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/scenario-applied"));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, other, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(409);
    }

    @Test
    void applyAfterTheLivePlanMovedIsRefusedNamingEachConflict() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String changed = book(ada, project, 10);
        String released = book(ada, project, 10);
        String kept = book(ada, project, 10);
        String scenario = ProjectStaff.as(DELIVERY_MANAGER)
                .body(Map.of("name", "Copy", "copy", Map.of("projectIds", List.of(project.toString()))))
                .post(SCENARIOS).then().statusCode(201).extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(200).body("allocationId", containsInAnyOrder(changed, released, kept),
                        "change", everyItem(is("CHANGE")), "basedOnVersion", everyItem(is(1)));
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/allocations/{a}", scenario, kept)
                .then().statusCode(204);

        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12))
                .patch("/api/v1/allocations/{a}", changed).then().statusCode(200);
        ProjectStaff.as(DELIVERY_MANAGER).delete("/api/v1/allocations/{a}", released).then().statusCode(204);

        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/scenario-conflicts"), "detail", containsString(changed),
                        "detail", containsString(released), "conflicts", hasSize(2),
                        "conflicts.allocationId", containsInAnyOrder(changed, released),
                        "conflicts.find { it.allocationId == '" + changed + "' }.liveVersion", is(2));
        Api.as(TEAM_MEMBER).get("/api/v1/allocations/{a}", kept).then().body("status", is("ACTIVE"));
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}", scenario).then().body("status", is("OPEN"));
    }

    @Test
    void aConflictingChangeReBasedOntoTheLiveVersionApplies() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String changed = book(ada, project, 10);
        String removed = book(ada, project, 5);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 24))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, changed).then().statusCode(200);
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/allocations/{a}", scenario, removed)
                .then().statusCode(204);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12))
                .patch("/api/v1/allocations/{a}", changed).then().statusCode(200);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 6))
                .patch("/api/v1/allocations/{a}", removed).then().statusCode(200);

        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(409).body("type", endsWith("/scenario-conflicts"),
                        "detail", containsString("basedOnVersion"), "conflicts.liveVersion", everyItem(is(2)));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("basedOnVersion", 1))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, changed)
                .then().statusCode(409).body("type", endsWith("/not-the-live-version"), "liveVersion", is(2));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("basedOnVersion", 2))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, changed)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("change", is("CHANGE"), "basedOnVersion", is(2), "hoursPerWeek", is(24.0f), "version", is(2));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("basedOnVersion", 2))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, removed)
                .then().statusCode(200).body("change", is("REMOVE"), "basedOnVersion", is(2));

        ProjectStaff.as(DELIVERY_MANAGER).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(200).body("changed", contains(changed), "released", contains(removed));
        Api.as(TEAM_MEMBER).get("/api/v1/allocations/{a}", changed).then()
                .body("hoursPerWeek", is(24.0f), "version", is(3));
        Api.as(TEAM_MEMBER).get("/api/v1/allocations/{a}", removed).then().body("status", is("RELEASED"));
    }

    @Test
    void changesCarryTheirVersionAndRefuseAStaleOrMissingIfMatch() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String live = book(ada, project, 10);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        String added = ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, project, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(201).header("ETag", "\"1\"").body("version", is(1)).extract().path("allocationId");
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(200).header("ETag", "\"1\"");

        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("hoursPerWeek", 4))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"7\"").body(Map.of("hoursPerWeek", 4))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(412).body("type", endsWith("/stale-version"), "currentVersion", is(1));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 4))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(200).header("ETag", "\"2\"").body("hoursPerWeek", is(4.0f), "version", is(2));
        // A live allocation the scenario does not change yet is changed from the version its ETag names.
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", 4))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, live)
                .then().statusCode(412).body("currentVersion", is(1));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").delete(SCENARIOS + "/{id}/allocations/{a}",
                scenario, added).then().statusCode(412);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").delete(SCENARIOS + "/{id}/allocations/{a}",
                scenario, added).then().statusCode(204);

        String tentative = ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "Acme mobile", "from",
                MONDAY.toString(), "to", FRIDAY, "probability", 0.5,
                "roleDemand", List.of(Map.of("role", "Dev", "hoursPerWeek", 8))))
                .post(SCENARIOS + "/{id}/tentative-projects", scenario)
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}/tentative-projects/{p}", scenario, tentative)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", is("Acme mobile"), "version", is(1));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"3\"")
                .delete(SCENARIOS + "/{id}/tentative-projects/{p}", scenario, tentative).then().statusCode(412);
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/tentative-projects/{p}", scenario, tentative)
                .then().statusCode(204);

        String reviewed = ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}", scenario)
                .then().statusCode(200).extract().header("ETag");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, project, 2, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", reviewed).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(412).contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", reviewed).delete(SCENARIOS + "/{id}", scenario)
                .then().statusCode(412);
        String current = ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}", scenario)
                .then().statusCode(200).body("status", is("OPEN")).extract().header("ETag");
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", current).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(200).body("scenario.status", is("APPLIED"));
        Api.as(TEAM_MEMBER).get("/api/v1/allocations/{a}", live).then().body("hoursPerWeek", is(10.0f));
    }

    @Test
    void discardingLeavesNothingInTheLivePlan() {
        UUID ada = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String live = book(ada, project, 20);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}/allocations/{a}", scenario, live).then().statusCode(204);
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(ada, project, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201);
        availability(ada, scenario).body("weeks[0].hardHours", is(0.0f), "weeks[0].softHours", is(8.0f));

        ProjectStaff.as(DELIVERY_MANAGER).delete(SCENARIOS + "/{id}", scenario).then().statusCode(204);

        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}", scenario).then().statusCode(404);
        availability(ada, null).body("weeks[0].hardHours", is(20.0f), "weeks[0].softHours", is(0.0f));
        Api.as(TEAM_MEMBER).queryParam("personId", ada).get("/api/v1/allocations").then().body("total", is(1));
    }

    @Test
    void capacityForAScenarioCountsItsChangesAndTentativeProjects() {
        String role = "Role " + UUID.randomUUID();
        String practice = "Practice " + UUID.randomUUID();
        UUID project = Fixtures.knownProject("ACTIVE", practice, null);
        UUID ada = Fixtures.person("Ada", 40, role, practice);
        String live = book(ada, project, 10);
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("booking", "SOFT"))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, live).then().statusCode(200);
        Map<String, Object> placeholder = booking(null, project, 16, "SOFT");
        placeholder.put("placeholderRole", role);
        ProjectStaff.as(DELIVERY_MANAGER).body(placeholder).post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "Acme mobile", "practice", practice,
                "from", MONDAY.toString(), "to", FRIDAY, "probability", 0.5,
                "roleDemand", List.of(Map.of("role", role, "hoursPerWeek", 40))))
                .post(SCENARIOS + "/{id}/tentative-projects", scenario)
                .then().statusCode(201).body("probability", is(0.5f), "roleDemand[0].role", is(role));

        assertThat(capacity(role, null)).containsEntry("supplyHours", 30.0f).containsEntry("demandHours", 0.0f);
        // The HARD 10 h become SOFT demand, the placeholder adds 16 h, the tentative project 40 h × 0.5.
        assertThat(capacity(role, scenario)).containsEntry("supplyHours", 40.0f).containsEntry("softHours", 10.0f)
                .containsEntry("placeholderHours", 16.0f).containsEntry("proposedHours", 20.0f)
                .containsEntry("demandHours", 46.0f).containsEntry("gapHours", -6.0f);
    }

    @Test
    void aProjectManagerSeesOnlyTheirOwnScenariosAndOthersGet404() {
        UUID pm = UUID.randomUUID();
        RequestSpecification owner = Api.withToken(TestTokens.person(pm, PROJECT_MANAGER));
        String scenario = scenario(owner);
        UUID ada = Fixtures.person(40);

        owner.get(SCENARIOS + "/{id}", scenario).then().statusCode(200).body("ownerId", is(pm.toString()));
        Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)).get(SCENARIOS).then().statusCode(200)
                .body("items.id", contains(scenario));
        RequestSpecification otherPm = Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER));
        otherPm.get(SCENARIOS + "/{id}", scenario).then().statusCode(404).contentType("application/problem+json");
        Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER)).delete(SCENARIOS + "/{id}", scenario)
                .then().statusCode(404);
        Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER)).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY).queryParam("scenario", scenario)
                .get("/api/v1/people/{p}/availability", ada).then().statusCode(404);
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY).queryParam("scenario", scenario).get("/api/v1/capacity").then().statusCode(404);
        Api.withToken(TestTokens.person(UUID.randomUUID(), DELIVERY_MANAGER)).get(SCENARIOS + "/{id}", scenario)
                .then().statusCode(200);
        Api.withToken(TestTokens.person(UUID.randomUUID(), HEAD_OF_DELIVERY)).get(SCENARIOS)
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER)).get(SCENARIOS + "/{id}", scenario)
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        Api.as(INTEGRATION_CRM).body(Map.of("name", "x")).post(SCENARIOS).then().statusCode(403);
        Api.anonymous().get(SCENARIOS).then().statusCode(401);
    }

    @Test
    void applyChecksTheCallersStakeInEachProjectAsBookingsDo() {
        UUID pm = UUID.randomUUID();
        RequestSpecification owner = Api.withToken(TestTokens.person(pm, PROJECT_MANAGER));
        String scenario = scenario(owner);
        UUID notTheirs = Fixtures.knownProject("ACTIVE");
        Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)).body(booking(Fixtures.person(40), notTheirs, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201);

        Api.withToken(TestTokens.person(pm, PROJECT_MANAGER)).post(SCENARIOS + "/{id}/apply", scenario)
                .then().statusCode(403).body("type", endsWith("/not-your-project"));
        Api.as(TEAM_MEMBER).queryParam("projectId", notTheirs).get("/api/v1/allocations").then().body("total", is(0));
    }

    @Test
    void refusesHostileAndInvalidInputAsProblems() {
        String scenario = scenario(ProjectStaff.as(DELIVERY_MANAGER));
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", " ")).post(SCENARIOS)
                .then().statusCode(400).body("errors[0].field", containsString("name"));
        ProjectStaff.as(DELIVERY_MANAGER).body("{\"name\":").post(SCENARIOS)
                .then().statusCode(400).contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_MANAGER).body("{\"name\":\"late\\u0000night\"}").post(SCENARIOS)
                .then().statusCode(400).contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(Fixtures.person(40), project, 0, "HARD"))
                .post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(400).body("errors[0].field", containsString("hoursPerWeek"));
        Map<String, Object> both = booking(Fixtures.person(40), project, 8, "SOFT");
        both.put("placeholderRole", "Tester");
        ProjectStaff.as(DELIVERY_MANAGER).body(both).post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(400).body("errors[0].field", is("personId"));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(UUID.randomUUID(), project, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario)
                .then().statusCode(422).body("type", endsWith("/unknown-person"));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(Fixtures.person(40), UUID.randomUUID(), 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(422);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("projectId", "oops")).patch(SCENARIOS + "/{id}/allocations/{a}",
                scenario, UUID.randomUUID()).then().statusCode(404);
        String added = ProjectStaff.as(DELIVERY_MANAGER).body(booking(Fixtures.person(40), project, 8, "SOFT"))
                .post(SCENARIOS + "/{id}/allocations", scenario).then().statusCode(201).extract().path("allocationId");
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("basedOnVersion", 3))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(400).body("errors[0].field", is("basedOnVersion"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("version", 3))
                .patch(SCENARIOS + "/{id}/allocations/{a}", scenario, added)
                .then().statusCode(400).body("errors[0].field", is("version"));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "x", "from", MONDAY.toString(), "to", FRIDAY,
                "probability", 2, "roleDemand", List.of(Map.of("role", "Dev", "hoursPerWeek", 8))))
                .post(SCENARIOS + "/{id}/tentative-projects", scenario)
                .then().statusCode(400).body("errors[0].field", containsString("probability"));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("name", "x", "from", MONDAY.toString(), "to", FRIDAY,
                "probability", 0.5, "roleDemand", List.of(Map.of("role", "Dev", "hoursPerWeek", 8,
                        "to", MONDAY.plusDays(30).toString()))))
                .post(SCENARIOS + "/{id}/tentative-projects", scenario)
                .then().statusCode(400).body("errors[0].field", is("roleDemand[0]"));
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/not-a-uuid").then().statusCode(anyOf(is(400), is(404)))
                .contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString()).queryParam("to", FRIDAY)
                .queryParam("scenario", "not-a-uuid").get("/api/v1/capacity").then().statusCode(anyOf(is(400), is(404)))
                .contentType("application/problem+json");
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}/compare", scenario)
                .then().statusCode(400).body("errors[0].field", is("from"));
        ProjectStaff.as(DELIVERY_MANAGER).get(SCENARIOS + "/{id}", UUID.randomUUID())
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void documentsScenariosAndTheScenarioParameterOfTheViews() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/scenarios'.post.responses.'201'.content.'application/json'.schema.$ref",
                        endsWith("/Scenario"))
                .body("paths.'/api/v1/scenarios/{id}/apply'.post.responses.'409'.content.'application/problem+json'"
                        + ".examples.'scenario-conflicts'", notNullValue())
                .body("paths.'/api/v1/scenarios/{id}/allocations'.post.requestBody.content.'application/json'"
                        + ".schema.$ref", endsWith("/CreateAllocation"))
                .body("paths.'/api/v1/scenarios/{id}/compare'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/capacity'.get.parameters.name", hasItem("scenario"))
                .body("paths.'/api/v1/people/{id}/availability'.get.parameters.name", hasItem("scenario"))
                .body("paths.'/api/v1/scenarios/{id}/allocations/{allocationId}'.patch.responses.'412'", notNullValue())
                .body("paths.'/api/v1/scenarios/{id}/allocations/{allocationId}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/scenarios/{id}/apply'.post.parameters.name", hasItem("If-Match"));
    }

    private static String scenario(RequestSpecification as) {
        return as.body(Map.of("name", "What if " + Fixtures.unique())).post(SCENARIOS)
                .then().statusCode(201).header("ETag", "\"1\"").body("status", is("OPEN"))
                .extract().path("id");
    }

    private static String book(UUID person, UUID project, int hours) {
        return ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, hours, "HARD"))
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> booking(UUID person, UUID project, int hours, String booking) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("personId", person.toString());
        }
        body.put("projectId", project.toString());
        body.put("from", MONDAY.toString());
        body.put("to", FRIDAY);
        body.put("hoursPerWeek", hours);
        body.put("booking", booking);
        return body;
    }

    private static ValidatableResponse availability(UUID person, String scenario) {
        RequestSpecification request = ProjectStaff.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY);
        if (scenario != null) {
            request.queryParam("scenario", scenario);
        }
        return request.get("/api/v1/people/{p}/availability", person).then().statusCode(200);
    }

    /** The role's one week of capacity, live or in a scenario: hours by field. */
    private static Map<String, Float> capacity(String role, String scenario) {
        RequestSpecification request = ProjectStaff.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString())
                .queryParam("to", FRIDAY).queryParam("groupBy", "role");
        if (scenario != null) {
            request.queryParam("scenario", scenario);
        }
        JsonPath all = request.get("/api/v1/capacity").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> weeks = all.getList("groups.find { it.group == '" + role + "' }.weeks");
        assertThat(weeks).hasSize(1);
        Map<String, Float> hours = new HashMap<>();
        weeks.get(0).forEach((field, value) -> {
            if (value instanceof Number number) {
                hours.put(field, number.floatValue());
            }
        });
        return hours;
    }
}
