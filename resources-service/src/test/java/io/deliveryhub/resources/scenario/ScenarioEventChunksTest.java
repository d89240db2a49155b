package io.deliveryhub.resources.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.resources.allocation.Booking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A copy of up to 5,000 allocations reaches other services in events within the 1 MiB limit. */
class ScenarioEventChunksTest {

    private static final int LIMIT = 1024 * 1024;

    @Test
    void aLargeCopyTravelsInChunksOfFiveHundredChangesEachFarBelowTheLimit() throws Exception {
        Scenario scenario = new Scenario();
        scenario.stampCreated(Instant.parse("2026-03-01T09:00:00Z"));
        scenario.name = "x".repeat(200);
        scenario.status = ScenarioStatus.OPEN;
        List<ScenarioAllocation> copied = new ArrayList<>();
        IntStream.range(0, ScenarioService.MAX_COPY).forEach(i -> copied.add(longest(scenario)));

        List<DomainEvent> events = ScenarioEvents.created(scenario, copied, "person-" + UUID.randomUUID());

        assertThat(events).hasSize(10);
        assertThat(events.get(0).type()).isEqualTo(ScenarioEvents.CREATED);
        assertThat(events.subList(1, 10)).allMatch(event -> event.type().equals(ScenarioEvents.CHANGED));
        assertThat(events).allMatch(event -> event.payload().state().path("allocations").size() == 500
                && event.payload().version() == 1 && event.key().equals(scenario.id.toString()));
        JsonMapper json = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        for (DomainEvent event : events) {
            assertThat(json.writeValueAsBytes(event.payload()).length).isLessThan(LIMIT / 3);
        }
    }

    private static ScenarioAllocation longest(Scenario scenario) {
        ScenarioAllocation change = new ScenarioAllocation();
        change.key = new ScenarioAllocation.Key(scenario.id, UUID.randomUUID());
        change.change = AllocationChangeKind.CHANGE;
        change.basedOnVersion = Long.MAX_VALUE;
        change.projectId = UUID.randomUUID();
        change.terms.placeholderRole = "r".repeat(100);
        change.terms.fromDate = LocalDate.of(2026, 3, 2);
        change.terms.toDate = LocalDate.of(2027, 3, 2);
        change.terms.hoursPerWeek = new BigDecimal("167.99");
        change.terms.booking = Booking.HARD;
        change.terms.billable = true;
        change.terms.billRateAmount = new BigDecimal("999999999999999.99");
        change.terms.billRateCurrency = "EUR";
        change.terms.costRateAmount = new BigDecimal("999999999999999.99");
        change.terms.costRateCurrency = "EUR";
        return change;
    }
}
