package io.deliveryhub.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AggregateChangeTest {

    record State(String name, String status, LocalDate plannedEnd, long version) {
    }

    @Test
    void creationCarriesTheWholeStateAndNoChanges() {
        AggregateChange change = AggregateChange.created(1, "alice", new State("Pay", "PROPOSED", null, 1));

        assertThat(change.state().get("name").asText()).isEqualTo("Pay");
        assertThat(change.changes()).isEmpty();
    }

    @Test
    void updateListsEachChangedFieldWithItsPreviousValueButNotTheVersion() {
        State before = new State("Pay", "PROPOSED", LocalDate.of(2026, 3, 1), 1);
        State after = new State("Pay", "PLANNING", LocalDate.of(2026, 4, 1), 2);

        AggregateChange change = AggregateChange.updated(2, "bob", before, after);

        assertThat(change.changes()).containsOnlyKeys("status", "plannedEnd");
        assertThat(change.changes().get("status").from().asText()).isEqualTo("PROPOSED");
        assertThat(change.changes().get("status").to().asText()).isEqualTo("PLANNING");
        assertThat(change.changes().get("plannedEnd").from().asText()).isEqualTo("2026-03-01");
        assertThat(change.state().get("plannedEnd").asText()).isEqualTo("2026-04-01");
    }

    @Test
    void aFieldSetForTheFirstTimeChangesFromNull() {
        AggregateChange change = AggregateChange.updated(2, "bob", new State("Pay", "PROPOSED", null, 1),
                new State("Pay", "PROPOSED", LocalDate.of(2026, 4, 1), 2));

        assertThat(change.changes().get("plannedEnd").from().isNull()).isTrue();
    }
}
