package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * resources-service publishes a person's over-allocated weeks (deliveryhub.person.overallocation-changed.v1) when
 * what decides them changes, including time off recorded after the booking, so consumers never recompute them.
 */
@QuarkusTest
class PersonOverallocationsTest {

    private static final String CHANGED = PersonOverallocations.CHANGED;

    @Test
    void publishesTheWeeksTimeOffOverbooksAndClearsThemWhenTheTimeOffIsCancelled() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject();
        Api.as(HEAD_OF_DELIVERY).body(AllocationResourceTest.booking(person, project, MONDAY, MONDAY.plusWeeks(2)
                .plusDays(4), 40, "HARD")).post("/api/v1/allocations").then().statusCode(201);

        String timeOff = Api.as(ADMIN).body(Map.of("from", MONDAY.plusWeeks(1).toString(), "to",
                MONDAY.plusWeeks(1).toString(), "type", "HOLIDAY", "hoursPerDay", 8))
                .post("/api/v1/people/" + person + "/time-off").then().statusCode(201).extract().path("id");

        String raised = PublishedEvents.await(person.toString(), CHANGED, p -> p.path("version").asLong() == 1).value();
        EventSchemas.assertValid(CHANGED, raised);
        JsonNode weeks = PublishedEvents.read(raised).at("/state/overallocatedWeeks");
        assertThat(weeks).hasSize(1);
        assertThat(weeks.get(0).path("week").asText()).isEqualTo("2026-W11");
        assertThat(weeks.get(0).path("capacityHours").decimalValue()).isEqualByComparingTo("32");
        assertThat(weeks.get(0).path("bookedHours").decimalValue()).isEqualByComparingTo("40");

        Api.as(ADMIN).delete("/api/v1/people/" + person + "/time-off/" + timeOff).then().statusCode(204);
        String cleared = PublishedEvents.await(person.toString(), CHANGED, p -> p.path("version").asLong() == 2).value();
        EventSchemas.assertValid(CHANGED, cleared);
        assertThat(PublishedEvents.read(cleared).at("/state/overallocatedWeeks")).isEmpty();
    }

    @Test
    void publishesAnAcceptedOverbookingAndNothingForABookingThatFits() {
        UUID fits = Fixtures.person(40);
        UUID overbooked = Fixtures.person(40);
        UUID project = Fixtures.knownProject();
        Api.as(HEAD_OF_DELIVERY).body(AllocationResourceTest.booking(fits, project, MONDAY, MONDAY.plusDays(4), 40,
                "HARD")).post("/api/v1/allocations").then().statusCode(201);
        Api.as(HEAD_OF_DELIVERY).body(AllocationResourceTest.booking(overbooked, project, MONDAY, MONDAY.plusDays(4),
                48, "HARD")).queryParam("allowOverallocation", true).post("/api/v1/allocations").then().statusCode(201);

        JsonNode state = PublishedEvents.read(PublishedEvents.await(overbooked.toString(), CHANGED).value())
                .path("state");
        assertThat(state.at("/overallocatedWeeks/0/week").asText()).isEqualTo("2026-W10");
        assertThat(state.at("/overallocatedWeeks/0/bookedHours").decimalValue()).isEqualByComparingTo("48");
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> PersonOverallocation.<PersonOverallocation> findByIdOptional(fits))).isEmpty();
    }
}
