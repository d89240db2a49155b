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
 * PERSON_OVERALLOCATED end to end: the over-allocated weeks resources-service publishes for a person raise the
 * alert above the threshold within the window and resolve it when they clear. Weeks are relative to this week, as
 * the rule looks from the current week on.
 */
@QuarkusTest
class PersonOverallocatedRuleTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final LocalDate NEXT_MONDAY = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
    private static final String NEXT_WEEK = Overallocation.isoWeek(NEXT_MONDAY);

    @Inject
    AlertEngine engine;

    @Test
    void raisesFromThePublishedWeeksAndResolvesWhenTheyClear() {
        UUID person = person();
        awaitHandled(ResourceFeed.publish(OVERALLOCATION_CHANGED, person, overallocation(person, 1,
                new Object[] { NEXT_WEEK, 40.0, 50.0 })));
        engine.evaluate();

        String id = alertOf(person).body("status", is("OPEN"), "projectId", nullValue(), "value", is(1.25f),
                "threshold", is(1.1f), "message", allOf(containsString("Person " + person),
                        containsString(NEXT_WEEK + " (50.00 h of 40.00 h)")))
                .extract().path("id");

        awaitHandled(ResourceFeed.publish(OVERALLOCATION_CHANGED, person, overallocation(person, 2)));
        engine.evaluate();

        Api.as(HEAD_OF_DELIVERY).get(ALERTS + "/" + id).then().statusCode(200)
                .body("status", is("RESOLVED"), "resolvedAt", notNullValue());
    }

    @Test
    void raisesSoonAfterTheWeeksArePublishedWithoutAnExplicitEvaluation() {
        UUID person = person();
        ResourceFeed.publish(OVERALLOCATION_CHANGED, person, overallocation(person, 1,
                new Object[] { Overallocation.isoWeek(NEXT_MONDAY.plusWeeks(1)), 32.0, 40.0 }));

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> alertOf(person)
                .body("status", is("OPEN"), "value", is(1.25f),
                        "message", containsString(Overallocation.isoWeek(NEXT_MONDAY.plusWeeks(1)))));
    }

    @Test
    void raisesNothingWithinTheThresholdOrOutsideTheWindowOrForAnOlderVersion() {
        UUID person = person();
        awaitHandled(ResourceFeed.publish(OVERALLOCATION_CHANGED, person, overallocation(person, 2,
                new Object[] { NEXT_WEEK, 40.0, 44.0 },
                new Object[] { Overallocation.isoWeek(NEXT_MONDAY.minusWeeks(3)), 40.0, 60.0 },
                new Object[] { Overallocation.isoWeek(NEXT_MONDAY.plusWeeks(20)), 40.0, 60.0 })));
        awaitHandled(ResourceFeed.publish(OVERALLOCATION_CHANGED, person, overallocation(person, 1,
                new Object[] { NEXT_WEEK, 40.0, 80.0 })));

        engine.evaluate();

        Api.as(TEAM_MEMBER).queryParam("rule", "PERSON_OVERALLOCATED").get(ALERTS).then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + person + "' }", empty());
    }

    private static UUID person() {
        UUID id = UUID.randomUUID();
        awaitHandled(ResourceFeed.publish(PERSON_CREATED, id, ResourceFeed.person(id, 1, 40, "Engineering")));
        return id;
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
