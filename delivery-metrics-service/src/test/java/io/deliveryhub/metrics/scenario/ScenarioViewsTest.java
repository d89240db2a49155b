package io.deliveryhub.metrics.scenario;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Utilization, bench and financials asked for a scenario, from the scenario events resources-service publishes
 * (its committed examples, checked against its schemas): Ada is HARD-booked 32 h a week on a project in April; the
 * scenario books her 16 h more in the week of 6 April, over her 40 h.
 */
@QuarkusTest
class ScenarioViewsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6); // 2026-W15
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);
    private static final String MARCH_31 = "2026-03-31";
    private static final String CREATED = "deliveryhub.scenario.created.v1";
    private static final String CHANGED = "deliveryhub.scenario.changed.v1";
    private static final String APPLIED = "deliveryhub.scenario.applied.v1";
    private static final String DISCARDED = "deliveryhub.scenario.discarded.v1";

    private final String practice = "Scenario " + UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();
    private final UUID project = UUID.randomUUID();
    private final UUID deliveryManager = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID live = UUID.randomUUID();

    @Test
    void aScenarioThatOverAllocatesSomeoneShowsItInItsViewsNotInTheLiveOnesUntilApplied() {
        livePlan();
        UUID scenario = UUID.randomUUID();
        ObjectNode created = scenario(CREATED, scenario, 1, "OPEN");
        added(created, UUID.randomUUID(), 16);
        awaitHandled(publishValid(CREATED, scenario, created));

        utilization(DELIVERY_MANAGER, null).body("$", not(hasKey("scenario")));
        utilization(DELIVERY_MANAGER, scenario)
                .body("scenario.scenarioId", is(scenario.toString()), "scenario.name", is("Win the Acme deal"),
                        "scenario.weeks", hasSize(1), "scenario.weeks[0].personId", is(ada.toString()),
                        "scenario.weeks[0].week", is("2026-W15"), "scenario.weeks[0].capacityHours", is(40.0f),
                        "scenario.weeks[0].liveHardHours", is(32.0f), "scenario.weeks[0].scenarioHardHours", is(48.0f),
                        "scenario.weeks[0].deltaHours", is(16.0f), "scenario.weeks[0].liveAllocation", is(0.8f),
                        "scenario.weeks[0].scenarioAllocation", is(1.2f),
                        "scenario.people[0].deltaHours", is(16.0f));
        bench(null).body("people.personId", contains(ada.toString()), "$", not(hasKey("scenario")));
        bench(scenario).body("people", empty(), "scenario.people[0].liveOnBench", is(true),
                "scenario.people[0].scenarioOnBench", is(false));

        // 16 h more at cost 60 and bill 100: the forecast moves, the actuals do not
        financials(DELIVERY_MANAGER, null).body("inProjectCurrency.forecast.cost", is("5760.00"),
                "$", not(hasKey("scenario")));
        financials(DELIVERY_MANAGER, scenario).body("inProjectCurrency.forecast.cost", is("6720.00"),
                "inProjectCurrency.actual.cost", is("0.00"), "hours.forecast", is(112.0f),
                "scenario.forecastHours", is(16.0f), "scenario.inProjectCurrency.revenue", is("1600.00"),
                "scenario.inProjectCurrency.cost", is("960.00"), "scenario.inProjectCurrency.margin", is("640.00"),
                "scenario.inBaseCurrency.cost", is("960.00"));
        portfolio(scenario).body("forecast.cost", is("6720.00"), "scenario.forecast.cost", is("960.00"),
                "scenario.projects", hasSize(1), "scenario.projects[0].projectId", is(project.toString()),
                "months.find { it.month == '2026-04' }.forecastCost", is("6720.00"));
        portfolio(null).body("forecast.cost", is("5760.00"), "$", not(hasKey("scenario")));

        // applied: resources-service publishes the booking as a live allocation, and the scenario is gone
        awaitHandled(publishValid(APPLIED, scenario, scenario(APPLIED, scenario, 2, "APPLIED")));
        awaitHandled(publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1, ada,
                project, MONDAY, MONDAY.plusDays(4), 16, "HARD")));
        Api.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                .queryParam("scenario", scenario.toString()).get("/api/v1/utilization")
                .then().statusCode(404).contentType("application/problem+json");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> bench(null).body("people", empty()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> financials(DELIVERY_MANAGER, null)
                .body("inProjectCurrency.forecast.cost", is("6720.00")));
    }

    @Test
    void aChangeTakesTheLiveAllocationOutAndADiscardedScenarioIsGone() {
        livePlan();
        UUID scenario = UUID.randomUUID();
        awaitHandled(publishValid(CREATED, scenario, scenario(CREATED, scenario, 1, "OPEN")));
        ObjectNode changed = scenario(CHANGED, scenario, 2, "OPEN");
        ObjectNode change = added(changed, live, 24);
        change.put("change", "CHANGE").put("basedOnVersion", 1).put("replaces", live.toString());
        ((ObjectNode) change.get("allocation")).put("to", MONDAY.plusDays(18).toString());
        awaitHandled(publishValid(CHANGED, scenario, changed));

        utilization(DELIVERY_MANAGER, scenario).body("scenario.weeks[0].liveHardHours", is(32.0f),
                "scenario.weeks[0].scenarioHardHours", is(24.0f), "scenario.weeks[0].scenarioAllocation", is(0.6f));
        financials(DELIVERY_MANAGER, scenario).body("scenario.forecastHours", is(-24.0f),
                "scenario.inProjectCurrency.cost", is("-1440.00"));

        awaitHandled(publishValid(DISCARDED, scenario, scenario(DISCARDED, scenario, 3, "DISCARDED")));
        assertGone(scenario);
        // a late copy of a change finds the scenario discarded and brings nothing back
        awaitHandled(publish(CHANGED, scenario, changed));
        assertGone(scenario);
        financials(DELIVERY_MANAGER, null).body("inProjectCurrency.forecast.cost", is("5760.00"));
    }

    private static void assertGone(UUID scenario) {
        Api.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                .queryParam("scenario", scenario.toString()).get("/api/v1/bench")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyItsOwnerDeliveryManagersAndTheHeadOfDeliverySeeAScenario() {
        livePlan();
        UUID scenario = UUID.randomUUID();
        awaitHandled(publishValid(CREATED, scenario, scenario(CREATED, scenario, 1, "OPEN")));

        utilization(HEAD_OF_DELIVERY, scenario).body("scenario.weeks", empty());
        Api.withToken(TestTokens.person(owner, PROJECT_MANAGER)).queryParam("from", MONDAY.toString())
                .queryParam("to", SUNDAY.toString()).queryParam("scenario", scenario.toString())
                .get("/api/v1/utilization").then().statusCode(200).body("scenario.scenarioId", is(scenario.toString()));
        for (RequestSpecification stranger : new RequestSpecification[] {
                Api.withToken(TestTokens.person(UUID.randomUUID(), PROJECT_MANAGER)), Api.as(TEAM_MEMBER),
                Api.as(ADMIN) }) {
            stranger.queryParam("asOf", MARCH_31).queryParam("scenario", scenario.toString())
                    .get("/api/v1/metrics/projects/" + project + "/financials")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Api.as(DELIVERY_MANAGER).queryParam("scenario", UUID.randomUUID().toString())
                .get("/api/v1/metrics/portfolio/financials").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
        Api.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString()).queryParam("to", SUNDAY.toString())
                .queryParam("scenario", "next-quarter").get("/api/v1/utilization").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("scenario"));
        Api.as(DELIVERY_MANAGER).queryParam("scenario", "42").get("/api/v1/metrics/portfolio/financials")
                .then().statusCode(400).body("errors[0].field", is("scenario"));
    }

    /** Ada, 40 h a week, costing 60 and billing 100, HARD-booked 32 h a week for three weeks of April. */
    private void livePlan() {
        ObjectNode person = person(ada, 1, 40, practice);
        awaitHandled(publish(PERSON_CREATED, ada, person));
        MoneyFeed.project(project, "TIME_AND_MATERIALS", "EUR", LocalDate.of(2026, 4, 30), null, UUID.randomUUID(),
                deliveryManager);
        awaitHandled(MoneyFeed.personRate(ada, JAN_1, "60.00", "100.00", "EUR"));
        awaitHandled(publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, live, 1, ada, project,
                MONDAY, MONDAY.plusDays(18), 32, "HARD")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> financials(DELIVERY_MANAGER, null)
                .body("inProjectCurrency.forecast.cost", is("5760.00")));
    }

    /** resources-service's example of this type, for this scenario, owned by {@link #owner}, with no changes. */
    private ObjectNode scenario(String type, UUID id, long version, String status) {
        ObjectNode payload = EventFeed.example(type);
        payload.put("version", version);
        ObjectNode state = state(payload).put("id", id.toString()).put("ownerId", owner.toString())
                .put("status", status).put("version", version);
        state.putArray("allocations");
        state.putArray("withdrawnAllocations");
        state.putArray("tentativeProjects");
        state.putArray("removedTentativeProjects");
        return payload;
    }

    /** Adds to the event an allocation of Ada's on the project in the week of 6 April; returns the change. */
    private ObjectNode added(ObjectNode payload, UUID allocationId, int hoursPerWeek) {
        ObjectNode change = ((ArrayNode) EventFeed.example(CHANGED).at("/state/allocations")).get(0).deepCopy();
        change.put("allocationId", allocationId.toString());
        ((ObjectNode) change.get("allocation")).put("projectId", project.toString()).put("personId", ada.toString())
                .put("from", MONDAY.toString()).put("to", MONDAY.plusDays(4).toString())
                .put("hoursPerWeek", hoursPerWeek).put("booking", "HARD").put("billable", true);
        ((ArrayNode) state(payload).get("allocations")).add(change);
        return change;
    }

    private static UUID publishValid(String type, UUID scenario, ObjectNode payload) {
        EventSchemas.assertValid(type, payload.toString());
        return publish(type, scenario, payload);
    }

    private ValidatableResponse utilization(String role, UUID scenario) {
        RequestSpecification request = Api.as(role).queryParam("from", MONDAY.toString())
                .queryParam("to", SUNDAY.toString()).queryParam("groupBy", "practice");
        if (scenario != null) {
            request.queryParam("scenario", scenario.toString());
        }
        return request.get("/api/v1/utilization").then().statusCode(200);
    }

    private ValidatableResponse bench(UUID scenario) {
        RequestSpecification request = Api.as(DELIVERY_MANAGER).queryParam("from", MONDAY.toString())
                .queryParam("to", SUNDAY.toString()).queryParam("threshold", "1").queryParam("practice", practice);
        if (scenario != null) {
            request.queryParam("scenario", scenario.toString());
        }
        return request.get("/api/v1/bench").then().statusCode(200);
    }

    private ValidatableResponse financials(String role, UUID scenario) {
        RequestSpecification request = Api.as(role).queryParam("asOf", MARCH_31);
        if (scenario != null) {
            request.queryParam("scenario", scenario.toString());
        }
        return request.get("/api/v1/metrics/projects/" + project + "/financials").then().statusCode(200);
    }

    private ValidatableResponse portfolio(UUID scenario) {
        RequestSpecification request = Api.as(HEAD_OF_DELIVERY).queryParam("asOf", MARCH_31)
                .queryParam("deliveryManagerId", deliveryManager.toString());
        if (scenario != null) {
            request.queryParam("scenario", scenario.toString());
        }
        return request.get("/api/v1/metrics/portfolio/financials").then().statusCode(200);
    }
}
