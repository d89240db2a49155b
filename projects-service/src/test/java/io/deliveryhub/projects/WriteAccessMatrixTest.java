package io.deliveryhub.projects;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.deliveryhub.testkit.WriteRoutes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
 * Every write route of projects-service × every role × how the caller stands to the project: the status the route
 * answers. A route that changes a project (or what hangs off it) needs the role and a stake in that project;
 * HEAD_OF_DELIVERY, ADMIN and integrations need only the role. Each case acts on a project of its own, made as ADMIN.
 */
@QuarkusTest
class WriteAccessMatrixTest {

    /** How the caller stands to the project the route changes. */
    enum Stake { NAMED_PROJECT_MANAGER, NAMED_DELIVERY_MANAGER, NAMED_DELIVERY_LEAD, NOT_NAMED, NO_PERSON }

    private static final List<String> PERSON_ROLES = List.of(HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER,
            DELIVERY_LEAD, TEAM_MEMBER, ADMIN);
    private static final List<String> INTEGRATION_ROLES = List.of(INTEGRATION_CRM, INTEGRATION_TIMESHEETS,
            INTEGRATION_PIPELINES);
    private static final Set<String> PROJECT_WRITERS = Set.of(PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
    private static final Set<String> RECORD_KEEPERS = Set.of(PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY,
            ADMIN, DELIVERY_LEAD);
    private static final Set<String> CLIENT_WRITERS = Set.of(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_CRM);
    private static final Set<String> RATE_WRITERS = Set.of(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);

    /** A write route: the roles it admits, whether it changes an existing project, and a call on a fresh target. */
    record Route(String method, String path, int success, boolean ofProject, Set<String> roles,
            BiFunction<Target, RequestSpecification, Response> call) {

        String name() {
            return method + " " + path;
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/clients", 201, false, CLIENT_WRITERS,
                    (t, as) -> as.body(Map.of("name", "Client " + UUID.randomUUID())).post("/api/v1/clients")),
            new Route("PATCH", "/api/v1/clients/{id}", 200, false, CLIENT_WRITERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("industry", "Retail"))
                            .patch("/api/v1/clients/{id}", Fixtures.newClient())),
            new Route("PUT", "/api/v1/clients/external/{system}/{externalId}", 201, false, CLIENT_WRITERS,
                    (t, as) -> as.body(Map.of("name", "Synced " + UUID.randomUUID()))
                            .put("/api/v1/clients/external/{s}/{e}", "salesforce", UUID.randomUUID().toString())),
            new Route("POST", "/api/v1/projects", 201, false, PROJECT_WRITERS,
                    (t, as) -> as.body(Fixtures.project(Fixtures.newKey(), t.client())).post("/api/v1/projects")),
            new Route("PATCH", "/api/v1/projects/{idOrKey}", 200, true, PROJECT_WRITERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("name", "Renamed"))
                            .patch("/api/v1/projects/{p}", t.project())),
            new Route("POST", "/api/v1/projects/{idOrKey}/transitions", 200, true, PROJECT_WRITERS,
                    (t, as) -> as.body(Map.of("to", "PLANNING", "reason", "Kick-off"))
                            .post("/api/v1/projects/{p}/transitions", t.project())),
            new Route("POST", "/api/v1/projects/{idOrKey}/change-requests", 201, true, PROJECT_WRITERS,
                    (t, as) -> as.body(changeRequest()).post("/api/v1/projects/{p}/change-requests", t.project())),
            new Route("POST", "/api/v1/projects/{idOrKey}/change-requests/{crId}/decision", 200, true, PROJECT_WRITERS,
                    (t, as) -> {
                        String cr = Api.as(ADMIN).body(changeRequest()).post("/api/v1/projects/{p}/change-requests",
                                t.project()).then().statusCode(201).extract().path("id");
                        return as.body(Map.of("decision", "WITHDRAWN", "reason", "Not needed"))
                                .post("/api/v1/projects/{p}/change-requests/{cr}/decision", t.project(), cr);
                    }),
            new Route("POST", "/api/v1/projects/{idOrKey}/feedback", 201, true, RECORD_KEEPERS,
                    (t, as) -> as.body(Map.of("csat", 4, "nps", 8)).post("/api/v1/projects/{p}/feedback", t.project())),
            new Route("POST", "/api/v1/projects/{idOrKey}/milestones", 201, true, PROJECT_WRITERS,
                    (t, as) -> as.body(ProjectParts.milestone("Launch")).post("/api/v1/projects/{p}/milestones",
                            t.project())),
            new Route("PATCH", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}", 200, true, RECORD_KEEPERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("status", "IN_PROGRESS"))
                            .patch("/api/v1/projects/{p}/milestones/{m}", t.project(), t.milestone())),
            new Route("POST", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/complete", 200, true, RECORD_KEEPERS,
                    (t, as) -> as.body(Map.of("completedOn", "2026-03-01"))
                            .post("/api/v1/projects/{p}/milestones/{m}/complete", t.project(), t.milestone())),
            new Route("POST", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/waive", 200, true, PROJECT_WRITERS,
                    (t, as) -> as.body(Map.of("reason", "Dropped from scope"))
                            .post("/api/v1/projects/{p}/milestones/{m}/waive", t.project(), t.milestone())),
            new Route("POST", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/accept", 200, true, PROJECT_WRITERS,
                    (t, as) -> {
                        String milestone = t.milestone();
                        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01"))
                                .post("/api/v1/projects/{p}/milestones/{m}/complete", t.project(), milestone)
                                .then().statusCode(200);
                        return as.body(Map.of("acceptedOn", "2026-03-05"))
                                .post("/api/v1/projects/{p}/milestones/{m}/accept", t.project(), milestone);
                    }),
            new Route("POST", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/deliverables", 201, true,
                    PROJECT_WRITERS, (t, as) -> as.body(Map.of("name", "API spec"))
                            .post("/api/v1/projects/{p}/milestones/{m}/deliverables", t.project(), t.milestone())),
            new Route("PATCH", "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/deliverables/{deliverableId}", 200,
                    true, PROJECT_WRITERS, (t, as) -> {
                        String milestone = t.milestone();
                        return as.header("If-Match", "\"1\"").body(Map.of("description", "With examples"))
                                .patch("/api/v1/projects/{p}/milestones/{m}/deliverables/{d}", t.project(), milestone,
                                        ProjectParts.newDeliverable(t.project(), milestone, "API spec"));
                    }),
            new Route("POST",
                    "/api/v1/projects/{idOrKey}/milestones/{milestoneId}/deliverables/{deliverableId}/review", 200,
                    true, RECORD_KEEPERS, (t, as) -> {
                        String milestone = t.milestone();
                        return as.body(Map.of("status", "IN_REVIEW"))
                                .post("/api/v1/projects/{p}/milestones/{m}/deliverables/{d}/review", t.project(),
                                        milestone, ProjectParts.newDeliverable(t.project(), milestone, "API spec"));
                    }),
            new Route("POST", "/api/v1/projects/{idOrKey}/status-reports", 201, true,
                    Set.of(PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD,
                            INTEGRATION_PIPELINES),
                    (t, as) -> as.body(statusReport()).post("/api/v1/projects/{p}/status-reports", t.project())),
            new Route("PUT", "/api/v1/projects/{idOrKey}/closure-review", 201, true, PROJECT_WRITERS,
                    (t, as) -> as.body(Map.of("lessonsLearned", "Demo weekly"))
                            .put("/api/v1/projects/{p}/closure-review", t.completedProject())),
            new Route("POST", "/api/v1/projects/{idOrKey}/raid", 201, true, RECORD_KEEPERS,
                    (t, as) -> as.body(raidItem()).post("/api/v1/projects/{p}/raid", t.project())),
            new Route("PATCH", "/api/v1/projects/{idOrKey}/raid/{itemId}", 200, true, RECORD_KEEPERS,
                    (t, as) -> {
                        String item = Api.as(ADMIN).body(raidItem()).post("/api/v1/projects/{p}/raid", t.project())
                                .then().statusCode(201).extract().path("id");
                        return as.header("If-Match", "\"1\"").body(Map.of("mitigation", "Second vendor"))
                                .patch("/api/v1/projects/{p}/raid/{i}", t.project(), item);
                    }),
            new Route("POST", "/api/v1/projects/{idOrKey}/clone", 201, true, PROJECT_WRITERS,
                    (t, as) -> as.body(Map.of("key", Fixtures.newKey(), "name", "Phase 2"))
                            .post("/api/v1/projects/{p}/clone", t.project())),
            new Route("POST", "/api/v1/project-templates", 201, false, PROJECT_WRITERS,
                    (t, as) -> as.body(template()).post("/api/v1/project-templates")),
            new Route("PATCH", "/api/v1/project-templates/{id}", 200, false, PROJECT_WRITERS,
                    (t, as) -> as.header("If-Match", "\"1\"").body(Map.of("description", "With hypercare"))
                            .patch("/api/v1/project-templates/{id}", newTemplate())),
            new Route("DELETE", "/api/v1/project-templates/{id}", 204, false, PROJECT_WRITERS,
                    (t, as) -> as.header("If-Match", "\"1\"").delete("/api/v1/project-templates/{id}", newTemplate())),
            new Route("POST", "/api/v1/project-templates/{id}/projects", 201, false, PROJECT_WRITERS,
                    (t, as) -> as.body(Map.of("key", Fixtures.newKey(), "name", "From template", "clientId", t.client(),
                            "plannedStart", "2026-04-06")).post("/api/v1/project-templates/{id}/projects", newTemplate())),
            new Route("POST", "/api/v1/projects/{idOrKey}/rate-card", 201, true, RATE_WRITERS,
                    (t, as) -> as.body(rateCardEntry()).post("/api/v1/projects/{p}/rate-card", t.project())),
            new Route("DELETE", "/api/v1/projects/{idOrKey}/rate-card/{entryId}", 204, true, RATE_WRITERS,
                    (t, as) -> {
                        String entry = Api.as(ADMIN).body(rateCardEntry()).post("/api/v1/projects/{p}/rate-card",
                                t.project()).then().statusCode(201).extract().path("id");
                        return as.delete("/api/v1/projects/{p}/rate-card/{e}", t.project(), entry);
                    }),
            new Route("PUT", "/api/v1/exchange-rates/{currency}/{effectiveFrom}", 201, false, Set.of(ADMIN),
                    (t, as) -> as.body(Map.of("rateToBase", "1.1"))
                            .put("/api/v1/exchange-rates/{c}/{d}", Fixtures.newCurrency(), "2026-01-01")),
            new Route("POST", "/api/v1/exchange-rates/bulk", 200, false, Set.of(ADMIN),
                    (t, as) -> as.body(Map.of("rates", List.of(Map.of("currency", Fixtures.newCurrency(),
                            "effectiveFrom", "2026-01-01", "rateToBase", "1.1")))).post("/api/v1/exchange-rates/bulk")),
            new Route("POST", "/api/v1/integrations/crm/opportunities", 200, false, Set.of(INTEGRATION_CRM, ADMIN),
                    (t, as) -> as.body(opportunity()).post("/api/v1/integrations/crm/opportunities")),
            // nothing is parked here: ADMIN gets past the role check to a 404, everyone else stops at it
            new Route("POST", "/api/v1/admin/projects/outbox/parked/{id}/requeue", 404, false, Set.of(ADMIN),
                    (t, as) -> as.post("/api/v1/admin/projects/outbox/parked/{id}/requeue", UUID.randomUUID())));

    @TestFactory
    Stream<DynamicTest> everyWriteRouteAnswersByRoleAndStake() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            // Where the route changes no existing project, how the caller stands to one does not matter.
            List<Stake> stakes = route.ofProject() ? List.of(Stake.values()) : List.of(Stake.NOT_NAMED);
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
        int expected = expected(route, role, stake);
        return DynamicTest.dynamicTest(route.name() + " as " + role + " (" + stake + ") → " + expected, () -> {
            UUID person = UUID.randomUUID();
            Target target = new Target(person, stake);
            RequestSpecification as = stake == Stake.NO_PERSON
                    ? Api.withToken(TestTokens.integration("matrix", role))
                    : Api.withToken(TestTokens.person(person, role));
            Response response = route.call().apply(target, as);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
            if (expected == 403) {
                String type = route.roles().contains(role) ? "/not-your-project" : "/forbidden";
                assertThat(response.jsonPath().getString("type")).endsWith(type);
            }
        });
    }

    private static int expected(Route route, String role, Stake stake) {
        if (!route.roles().contains(role)) {
            return 403;
        }
        boolean free = !route.ofProject() || Set.of(HEAD_OF_DELIVERY, ADMIN).contains(role)
                || INTEGRATION_ROLES.contains(role) && stake == Stake.NO_PERSON;
        boolean named = Set.of(Stake.NAMED_PROJECT_MANAGER, Stake.NAMED_DELIVERY_MANAGER, Stake.NAMED_DELIVERY_LEAD)
                .contains(stake);
        return free || named ? route.success() : 403;
    }

    /** What a case acts on, made as ADMIN when first asked for: a project naming the caller as its stake says. */
    static final class Target {
        private static String sharedClient;
        private final UUID person;
        private final Stake stake;
        private String project;

        Target(UUID person, Stake stake) {
            this.person = person;
            this.stake = stake;
        }

        synchronized String client() {
            if (sharedClient == null) {
                sharedClient = Fixtures.newClient();
            }
            return sharedClient;
        }

        String project() {
            if (project == null) {
                Map<String, Object> body = new HashMap<>(Fixtures.readyProject(Fixtures.newKey(), client()));
                body.put("projectManagerId", named(Stake.NAMED_PROJECT_MANAGER));
                body.put("deliveryManagerId", named(Stake.NAMED_DELIVERY_MANAGER));
                body.put("deliveryLeadId", named(Stake.NAMED_DELIVERY_LEAD));
                project = Api.as(ADMIN).body(body).post("/api/v1/projects").then().statusCode(201).extract().path("id");
            }
            return project;
        }

        String milestone() {
            return ProjectParts.newMilestone(project());
        }

        String completedProject() {
            for (String to : List.of("PLANNING", "ACTIVE", "COMPLETED")) {
                Api.as(ADMIN).body(Map.of("to", to, "reason", "test moves it to " + to))
                        .post("/api/v1/projects/{p}/transitions", project()).then().statusCode(200);
            }
            return project();
        }

        /** The caller in the place their stake names; someone else in every other place. */
        private String named(Stake place) {
            return (stake == place ? person : UUID.randomUUID()).toString();
        }
    }

    private static Map<String, Object> changeRequest() {
        return Map.of("title", "Extra scope", "scope", "Add SCA to payments",
                "budgetDelta", Map.of("amount", "15000.00", "currency", "EUR"), "scheduleDeltaDays", 14);
    }

    private static Map<String, Object> statusReport() {
        return Map.of("asOf", "2026-03-06", "overall", "GREEN", "schedule", "GREEN", "budget", "GREEN",
                "scope", "GREEN", "quality", "GREEN", "percentComplete", 10, "summary", "On track");
    }

    private static Map<String, Object> raidItem() {
        return Map.of("type", "RISK", "title", "HSM delivery late", "probability", 3, "impact", 4);
    }

    private static Map<String, Object> rateCardEntry() {
        return Map.of("personId", UUID.randomUUID().toString(), "effectiveFrom", "2026-03-01",
                "billRate", Map.of("amount", "110.00", "currency", "EUR"));
    }

    private static Map<String, Object> template() {
        return Map.of("name", "Template " + UUID.randomUUID(), "deliveryModel", "FIXED_PRICE",
                "milestones", List.of(Map.of("name", "Launch", "offsetDays", 90, "weight", 3)), "raidEntries", List.of());
    }

    private static String newTemplate() {
        return Api.as(ADMIN).body(template()).post("/api/v1/project-templates").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> opportunity() {
        String id = "006-" + UUID.randomUUID();
        return Map.of("opportunityId", id, "accountId", "001-" + UUID.randomUUID(), "accountName", "Account",
                "name", "Deal " + id.substring(4, 12), "amount", "120000.00", "currency", "EUR", "stage", "QUALIFICATION",
                "probability", 0.4, "expectedStart", "2026-05-04", "expectedEnd", "2026-11-27");
    }
}
