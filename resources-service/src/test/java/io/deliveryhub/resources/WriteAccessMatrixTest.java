package io.deliveryhub.resources;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.deliveryhub.testkit.WriteRoutes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write route of resources-service × every role × how the caller stands to what it changes: the status the
 * route answers. Project routes need a stake in the project (HEAD_OF_DELIVERY needs none); a time entry is decided
 * by its project's project manager or delivery manager, or HEAD_OF_DELIVERY; a person's own records (skills,
 * certifications, time off, time entries) are changed by that person or by DELIVERY_MANAGER, HEAD_OF_DELIVERY and
 * ADMIN, and here every case acts on someone else's. Each case acts on data of its own.
 */
@QuarkusTest
class WriteAccessMatrixTest {

    /** How the caller stands to the project the route changes. */
    enum Stake { NAMED_PROJECT_MANAGER, NAMED_DELIVERY_MANAGER, NAMED_DELIVERY_LEAD, NOT_NAMED, NO_PERSON }

    /** What besides the role decides: nothing, whose record it is, whose project it is, or the decision rule. */
    enum Rule { ROLE, SOMEONE_ELSES_RECORD, PROJECT, TIME_ENTRY_DECISION }

    private static final List<String> PERSON_ROLES = List.of(HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER,
            DELIVERY_LEAD, TEAM_MEMBER, ADMIN);
    private static final List<String> INTEGRATION_ROLES = List.of(INTEGRATION_CRM, INTEGRATION_TIMESHEETS,
            INTEGRATION_PIPELINES);
    private static final Set<String> EVERY_PERSON = Set.copyOf(PERSON_ROLES);
    private static final Set<String> PEOPLE_MANAGERS = Set.of(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
    private static final Set<String> STAFFERS = Set.of(PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY);
    private static final LocalDate MONDAY = Fixtures.MONDAY;

    record Route(String method, String path, int success, Rule rule, Set<String> roles,
            BiFunction<Target, RequestSpecification, Response> call) {

        String name() {
            return method + " " + path;
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/people", 201, Rule.ROLE, PEOPLE_MANAGERS,
                    (t, as) -> as.body(Fixtures.person(Fixtures.unique())).post("/api/v1/people")),
            new Route("PATCH", "/api/v1/people/{id}", 200, Rule.ROLE, PEOPLE_MANAGERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("title", "Lead developer"))
                            .patch("/api/v1/people/{id}", Fixtures.newPerson())),
            new Route("POST", "/api/v1/people/{personId}/rates", 201, Rule.ROLE, PEOPLE_MANAGERS,
                    (t, as) -> as.body(Map.of("effectiveFrom", "2026-01-01", "costRate", Fixtures.money("60.00"),
                            "billRate", Fixtures.money("120.00"))).post("/api/v1/people/{p}/rates", t.someone())),
            new Route("POST", "/api/v1/skills", 201, Rule.ROLE, PEOPLE_MANAGERS,
                    (t, as) -> as.body(Map.of("name", "Skill " + UUID.randomUUID())).post("/api/v1/skills")),
            new Route("PUT", "/api/v1/people/{personId}/skills/{skillId}", 201, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.body(Map.of("level", 3)).put("/api/v1/people/{p}/skills/{s}", t.someone(),
                            Fixtures.skill("Skill " + UUID.randomUUID()))),
            new Route("DELETE", "/api/v1/people/{personId}/skills/{skillId}", 204, Rule.SOMEONE_ELSES_RECORD,
                    EVERY_PERSON, (t, as) -> {
                        UUID skill = Fixtures.skill("Skill " + UUID.randomUUID());
                        Fixtures.masters(t.someone(), skill, 3);
                        return as.delete("/api/v1/people/{p}/skills/{s}", t.someone(), skill);
                    }),
            new Route("POST", "/api/v1/people/{personId}/certifications", 201, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.body(certification()).post("/api/v1/people/{p}/certifications", t.someone())),
            new Route("DELETE", "/api/v1/people/{personId}/certifications/{id}", 204, Rule.SOMEONE_ELSES_RECORD,
                    EVERY_PERSON, (t, as) -> {
                        String id = Api.as(ADMIN).body(certification())
                                .post("/api/v1/people/{p}/certifications", t.someone()).then().statusCode(201)
                                .extract().path("id");
                        return as.delete("/api/v1/people/{p}/certifications/{c}", t.someone(), id);
                    }),
            new Route("POST", "/api/v1/people/{personId}/time-off", 201, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.body(timeOffBody()).post("/api/v1/people/{p}/time-off", t.someone())),
            new Route("PATCH", "/api/v1/people/{personId}/time-off/{id}", 200, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("note", "Back a day early"))
                            .patch("/api/v1/people/{p}/time-off/{o}", t.someone(), t.timeOff())),
            new Route("DELETE", "/api/v1/people/{personId}/time-off/{id}", 204, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.delete("/api/v1/people/{p}/time-off/{o}", t.someone(), t.timeOff())),
            new Route("POST", "/api/v1/time-entries", 201, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.body(Fixtures.entry(t.someone(), t.project(), "2026-03-02", 4))
                            .post("/api/v1/time-entries")),
            new Route("POST", "/api/v1/time-entries/batch", 200, Rule.ROLE, Set.of(INTEGRATION_TIMESHEETS, ADMIN),
                    (t, as) -> {
                        Map<String, Object> entry = new HashMap<>(Fixtures.entry(t.someone(), t.project(), "2026-03-02", 4));
                        entry.put("externalRef", Map.of("system", "harvest", "id", UUID.randomUUID().toString()));
                        return as.body(Map.of("entries", List.of(entry))).post("/api/v1/time-entries/batch");
                    }),
            new Route("PATCH", "/api/v1/time-entries/{id}", 200, Rule.SOMEONE_ELSES_RECORD, EVERY_PERSON,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("hours", 5))
                            .patch("/api/v1/time-entries/{e}", t.timeEntry())),
            new Route("POST", "/api/v1/time-entries/{id}/decision", 200, Rule.TIME_ENTRY_DECISION, STAFFERS,
                    (t, as) -> as.body(Map.of("decision", "APPROVED"))
                            .post("/api/v1/time-entries/{e}/decision", t.timeEntry())),
            new Route("POST", "/api/v1/allocations", 201, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.body(softBooking(t)).post("/api/v1/allocations")),
            new Route("PATCH", "/api/v1/allocations/{id}", 200, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12))
                            .patch("/api/v1/allocations/{a}", t.allocation())),
            new Route("DELETE", "/api/v1/allocations/{id}", 204, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.delete("/api/v1/allocations/{a}", t.allocation())),
            new Route("POST", "/api/v1/resource-requests", 201, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.body(resourceRequestBody(t)).post("/api/v1/resource-requests")),
            new Route("PATCH", "/api/v1/resource-requests/{id}", 200, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 25))
                            .patch("/api/v1/resource-requests/{r}", t.resourceRequest())),
            new Route("POST", "/api/v1/resource-requests/{id}/fill", 200, Rule.PROJECT,
                    Set.of(DELIVERY_MANAGER, HEAD_OF_DELIVERY),
                    (t, as) -> as.body(Map.of("personId", t.someone().toString()))
                            .post("/api/v1/resource-requests/{r}/fill", t.resourceRequest())),
            new Route("POST", "/api/v1/resource-requests/{id}/cancel", 200, Rule.PROJECT, STAFFERS,
                    (t, as) -> as.post("/api/v1/resource-requests/{r}/cancel", t.resourceRequest())),
            // nothing is parked or dead-lettered at these places: ADMIN gets past the role check to a 404, everyone
            // else stops at it
            new Route("POST", "/api/v1/scenarios", 201, Rule.ROLE, STAFFERS,
                    (t, as) -> as.body(Map.of("name", "What if")).post("/api/v1/scenarios")),
            new Route("DELETE", "/api/v1/scenarios/{id}", 204, Rule.ROLE, STAFFERS,
                    (t, as) -> as.delete("/api/v1/scenarios/{s}", t.scenario())),
            new Route("POST", "/api/v1/scenarios/{id}/allocations", 201, Rule.ROLE, STAFFERS,
                    (t, as) -> as.body(softBooking(t)).post("/api/v1/scenarios/{s}/allocations", t.scenario())),
            new Route("PATCH", "/api/v1/scenarios/{id}/allocations/{allocationId}", 200, Rule.ROLE, STAFFERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12))
                            .patch("/api/v1/scenarios/{s}/allocations/{a}", t.scenario(), t.allocation())),
            new Route("DELETE", "/api/v1/scenarios/{id}/allocations/{allocationId}", 204, Rule.ROLE, STAFFERS,
                    (t, as) -> as.delete("/api/v1/scenarios/{s}/allocations/{a}", t.scenario(), t.allocation())),
            new Route("POST", "/api/v1/scenarios/{id}/tentative-projects", 201, Rule.ROLE, STAFFERS,
                    (t, as) -> as.body(tentativeProjectBody())
                            .post("/api/v1/scenarios/{s}/tentative-projects", t.scenario())),
            new Route("DELETE", "/api/v1/scenarios/{id}/tentative-projects/{projectId}", 204, Rule.ROLE, STAFFERS,
                    (t, as) -> as.delete("/api/v1/scenarios/{s}/tentative-projects/{p}", t.scenario(),
                            t.tentativeProject())),
            new Route("POST", "/api/v1/scenarios/{id}/apply", 200, Rule.ROLE, STAFFERS,
                    (t, as) -> as.post("/api/v1/scenarios/{s}/apply", t.scenario())),
            new Route("POST", "/api/v1/admin/resources/outbox/parked/{id}/requeue", 404, Rule.ROLE, Set.of(ADMIN),
                    (t, as) -> as.post("/api/v1/admin/resources/outbox/parked/{id}/requeue", UUID.randomUUID())),
            new Route("POST", "/api/v1/admin/resources/dead-letters/replay", 404, Rule.ROLE, Set.of(ADMIN),
                    (t, as) -> as.queryParam("topic", "deliveryhub.projects.v1")
                            .body(Map.of("partition", 0, "offset", Long.MAX_VALUE))
                            .post("/api/v1/admin/resources/dead-letters/replay")));

    @TestFactory
    Stream<DynamicTest> everyWriteRouteAnswersByRoleAndStake() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            // Where no project decides, how the caller stands to one does not matter.
            boolean byProject = route.rule() == Rule.PROJECT || route.rule() == Rule.TIME_ENTRY_DECISION;
            List<Stake> stakes = byProject ? List.of(Stake.values()) : List.of(Stake.NOT_NAMED);
            for (String role : PERSON_ROLES) {
                for (Stake stake : stakes) {
                    cases.add(matrixCase(route, role, stake));
                }
            }
            for (String role : INTEGRATION_ROLES) {
                cases.add(matrixCase(route, role, Stake.NO_PERSON));
            }
        }
        return cases.stream();
    }

    /** The table above lists every write operation the service's OpenAPI document has, and no other. */
    @Test
    void theMatrixCoversEveryWriteRoute() {
        Set<String> tabled = new TreeSet<>(ROUTES.stream().map(Route::name).toList());
        assertThat(tabled).isEqualTo(WriteRoutes.documented());
    }

    private static DynamicTest matrixCase(Route route, String role, Stake stake) {
        Expected expected = expected(route, role, stake);
        return DynamicTest.dynamicTest(route.name() + " as " + role + " (" + stake + ") → " + expected.status(), () -> {
            UUID caller = UUID.randomUUID();
            RequestSpecification as = stake == Stake.NO_PERSON
                    ? Api.withToken(TestTokens.integration("matrix", role))
                    : Api.withToken(TestTokens.person(caller, role));
            Response response = route.call().apply(new Target(caller, stake), as);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected.status());
            if (expected.type() != null) {
                assertThat(response.jsonPath().getString("type")).endsWith("/" + expected.type());
            }
        });
    }

    record Expected(int status, String type) {
    }

    private static Expected expected(Route route, String role, Stake stake) {
        Expected refusedByRole = new Expected(403, "forbidden");
        Expected notYours = new Expected(403, "not-your-project");
        Expected done = new Expected(route.success(), null);
        if (!route.roles().contains(role)) {
            return refusedByRole;
        }
        boolean named = Set.of(Stake.NAMED_PROJECT_MANAGER, Stake.NAMED_DELIVERY_MANAGER, Stake.NAMED_DELIVERY_LEAD)
                .contains(stake);
        return switch (route.rule()) {
            case ROLE -> done;
            case SOMEONE_ELSES_RECORD -> PEOPLE_MANAGERS.contains(role) ? done : refusedByRole;
            case PROJECT -> HEAD_OF_DELIVERY.equals(role) || named ? done : notYours;
            case TIME_ENTRY_DECISION -> HEAD_OF_DELIVERY.equals(role) || stake == Stake.NAMED_PROJECT_MANAGER
                    || stake == Stake.NAMED_DELIVERY_MANAGER ? done : notYours;
        };
    }

    /** What a case acts on, made when first asked for: a project naming the caller as its stake says. */
    static final class Target {
        private final UUID caller;
        private final Stake stake;
        private UUID project;
        private UUID someone;
        private String scenario;

        Target(UUID caller, Stake stake) {
            this.caller = caller;
            this.stake = stake;
        }

        UUID project() {
            if (project == null) {
                project = Fixtures.knownProjectNaming(named(Stake.NAMED_PROJECT_MANAGER),
                        named(Stake.NAMED_DELIVERY_MANAGER), named(Stake.NAMED_DELIVERY_LEAD));
            }
            return project;
        }

        /** A person other than the caller, with a full week of capacity. */
        UUID someone() {
            if (someone == null) {
                someone = Fixtures.person(40);
            }
            return someone;
        }

        String timeOff() {
            return Api.as(ADMIN).body(timeOffBody()).post("/api/v1/people/{p}/time-off", someone()).then().statusCode(201)
                    .extract().path("id");
        }

        String timeEntry() {
            return Api.as(ADMIN).body(Fixtures.entry(someone(), project(), "2026-03-02", 4)).post("/api/v1/time-entries")
                    .then().statusCode(201).extract().path("id");
        }

        String allocation() {
            return Api.as(HEAD_OF_DELIVERY).body(softBooking(this)).post("/api/v1/allocations").then().statusCode(201)
                    .extract().path("id");
        }

        String resourceRequest() {
            return Api.as(HEAD_OF_DELIVERY).body(resourceRequestBody(this)).post("/api/v1/resource-requests")
                    .then().statusCode(201).extract().path("id");
        }

        /** An empty scenario of the caller's own (made as a project manager, the least role that may own one). */
        String scenario() {
            if (scenario == null) {
                scenario = Api.withToken(TestTokens.person(caller, PROJECT_MANAGER)).body(Map.of("name", "Mine"))
                        .post("/api/v1/scenarios").then().statusCode(201).extract().path("id");
            }
            return scenario;
        }

        String tentativeProject() {
            return Api.withToken(TestTokens.person(caller, PROJECT_MANAGER)).body(tentativeProjectBody())
                    .post("/api/v1/scenarios/{s}/tentative-projects", scenario()).then().statusCode(201)
                    .extract().path("id");
        }

        /** The caller in the place their stake names; someone else in every other place. */
        private UUID named(Stake place) {
            return stake == place ? caller : UUID.randomUUID();
        }
    }

    private static Map<String, Object> softBooking(Target target) {
        return Map.of("personId", target.someone().toString(), "projectId", target.project().toString(),
                "from", MONDAY.toString(), "to", MONDAY.plusDays(11).toString(), "hoursPerWeek", 10, "booking", "SOFT");
    }

    private static Map<String, Object> tentativeProjectBody() {
        return Map.of("name", "Acme mobile", "from", MONDAY.toString(), "to", MONDAY.plusDays(11).toString(),
                "probability", 0.5, "roleDemand", List.of(Map.of("role", "iOS developer", "hoursPerWeek", 40)));
    }

    private static Map<String, Object> resourceRequestBody(Target target) {
        return Map.of("projectId", target.project().toString(), "role", "Backend developer", "requiredSkills", List.of(),
                "hoursPerWeek", 20, "from", MONDAY.toString(), "to", MONDAY.plusDays(11).toString());
    }

    private static Map<String, Object> timeOffBody() {
        return Map.of("from", "2026-08-03", "to", "2026-08-04", "type", "VACATION");
    }

    private static Map<String, Object> certification() {
        return Map.of("name", "AWS Solutions Architect", "issuer", "Amazon Web Services", "issuedOn", "2025-05-12");
    }
}
