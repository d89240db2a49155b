package io.deliveryhub.metrics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import io.deliveryhub.testkit.EventFeed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading the project state of projects-service's committed example event. */
class ProjectStateTest {

    @Test
    void readsTheProducersExample() {
        ProjectState project = ProjectState.of(exampleState());

        assertThat(project.id()).isEqualTo(UUID.fromString("3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10"));
        assertThat(project.key()).isEqualTo("ACME-PAY");
        assertThat(project.name()).isEqualTo("Acme payments platform");
        assertThat(project.clientId()).isEqualTo(UUID.fromString("6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10"));
        assertThat(project.status()).isEqualTo("PROPOSED");
        assertThat(project.plannedStart()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(project.plannedEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(project.budget().amount()).isEqualByComparingTo(new BigDecimal("250000.00"));
        assertThat(project.budget().currency()).isEqualTo("EUR");
        assertThat(project.updatedAt()).isEqualTo(Instant.parse("2026-02-20T09:20:00Z"));
    }

    @Test
    void takesAbsentOrNullBudgetAndDatesAsUnknown() {
        ObjectNode state = exampleState();
        state.putNull("budget").putNull("plannedStart").remove("plannedEnd");

        ProjectState project = ProjectState.of(state);

        assertThat(project.budget()).isNull();
        assertThat(project.plannedStart()).isNull();
        assertThat(project.plannedEnd()).isNull();
    }

    @Test
    void ignoresFieldsItDoesNotUse() {
        ObjectNode state = exampleState();
        state.put("deliveryModel", "FIXED_PRICE").putArray("tags").add("payments");

        assertThat(ProjectState.of(state).key()).isEqualTo("ACME-PAY");
    }

    @Test
    void refusesAStateWithoutWhatEveryProjectHas() {
        for (String field : new String[] { "id", "key", "name", "clientId", "status" }) {
            ObjectNode state = exampleState();
            state.remove(field);

            assertThatThrownBy(() -> ProjectState.of(state)).as(field).isInstanceOf(MalformedEvent.class)
                    .hasMessageContaining("lacks");
        }
    }

    @Test
    void refusesAFieldOfTheWrongType() {
        ObjectNode state = exampleState();
        state.put("plannedStart", "next spring");

        assertThatThrownBy(() -> ProjectState.of(state)).isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("not readable");
    }

    private static ObjectNode exampleState() {
        return (ObjectNode) EventFeed.example("deliveryhub.project.created.v1").get("state");
    }
}
