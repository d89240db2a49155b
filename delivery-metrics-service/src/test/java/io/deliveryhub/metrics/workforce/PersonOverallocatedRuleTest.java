package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.ResourceFeed;
import io.deliveryhub.metrics.alert.AlertEngine;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * PERSON_OVERALLOCATED end to end: allocations and time off fed as resources-service publishes them raise the
 * alert for the person and resolve it when the condition clears. Dates are relative to this week, as the rule
 * looks from the current week on.
 */
@QuarkusTest
class PersonOverallocatedRuleTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final LocalDate NEXT_MONDAY = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);

    @Inject
    AlertEngine engine;

    @Test
    void raisesForHardBookingsAboveTheThresholdAndResolvesWhenOneIsReleased() {
        UUID person = person();
        UUID projectA = UUID.randomUUID();
        UUID projectB = UUID.randomUUID();
        allocate(UUID.randomUUID(), 1, person, projectA, NEXT_MONDAY.minusWeeks(1), NEXT_MONDAY.plusWeeks(6), 30,
                "HARD");
        UUID extra = UUID.randomUUID();
        awaitHandled(allocate(extra, 1, person, projectB, NEXT_MONDAY, NEXT_MONDAY.plusDays(4), 20, "HARD"));

        engine.evaluate();

        String id = alertOf(person).body("status", is("OPEN"), "projectId", nullValue(), "value", is(1.25f),
                "threshold", is(1.1f), "message", allOf(containsString("Person " + person),
                        containsString(Overallocation.isoWeek(NEXT_MONDAY) + " (50.00 h of 40.00 h)")))
                .extract().path("id");

        awaitHandled(ResourceFeed.publish(ALLOCATION_RELEASED, projectB, allocation(ALLOCATION_RELEASED, extra, 2,
                person, projectB, NEXT_MONDAY, NEXT_MONDAY.plusDays(4), 20, "HARD")));
        engine.evaluate();

        Api.as(HEAD_OF_DELIVERY).get(ALERTS + "/" + id).then().statusCode(200)
                .body("status", is("RESOLVED"), "resolvedAt", notNullValue());
    }

    @Test
    void raisesSoonAfterTimeOffMakesABookingTooMuch() {
        UUID person = person();
        UUID project = UUID.randomUUID();
        awaitHandled(allocate(UUID.randomUUID(), 1, person, project, NEXT_MONDAY, NEXT_MONDAY.plusWeeks(2), 40,
                "HARD"));
        engine.evaluate();
        Api.as(TEAM_MEMBER).queryParam("rule", "PERSON_OVERALLOCATED").get(ALERTS).then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + person + "' }", empty());

        // A holiday on the Monday leaves 32 h for 40 h booked: 1.25 of capacity; no explicit evaluation needed.
        ResourceFeed.publish(TIME_OFF_RECORDED, person, timeOff(TIME_OFF_RECORDED, UUID.randomUUID(), 1, person,
                NEXT_MONDAY.plusWeeks(1), NEXT_MONDAY.plusWeeks(1), 8, "HOLIDAY"));

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> alertOf(person)
                .body("status", is("OPEN"), "value", is(1.25f),
                        "message", containsString(Overallocation.isoWeek(NEXT_MONDAY.plusWeeks(1)))));
    }

    @Test
    void raisesNothingForSoftBookingsOrLoadWithinTheThreshold() {
        UUID person = person();
        UUID project = UUID.randomUUID();
        allocate(UUID.randomUUID(), 1, person, project, NEXT_MONDAY, NEXT_MONDAY.plusWeeks(2), 44, "HARD");
        awaitHandled(allocate(UUID.randomUUID(), 1, person, project, NEXT_MONDAY, NEXT_MONDAY.plusWeeks(2), 40,
                "SOFT"));

        engine.evaluate();

        Api.as(TEAM_MEMBER).queryParam("rule", "PERSON_OVERALLOCATED").get(ALERTS).then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + person + "' }", empty());
    }

    private static UUID person() {
        UUID id = UUID.randomUUID();
        awaitHandled(ResourceFeed.publish(PERSON_CREATED, id, ResourceFeed.person(id, 1, 40, "Engineering")));
        return id;
    }

    private static UUID allocate(UUID id, long version, UUID person, UUID project, LocalDate from, LocalDate to,
            double hoursPerWeek, String booking) {
        return ResourceFeed.publish(ALLOCATION_CREATED, project, allocation(ALLOCATION_CREATED, id, version, person,
                project, from, to, hoursPerWeek, booking));
    }

    /** The person's one alert of the rule, whatever its status. */
    private static ValidatableResponse alertOf(UUID person) {
        String id = Api.as(TEAM_MEMBER).queryParam("rule", "PERSON_OVERALLOCATED").queryParam("size", 200)
                .get(ALERTS).then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + person + "' }", hasSize(1))
                .extract().path("items.find { it.subjectId == '" + person + "' }.id");
        return Api.as(TEAM_MEMBER).get(ALERTS + "/" + id).then().statusCode(200);
    }
}
