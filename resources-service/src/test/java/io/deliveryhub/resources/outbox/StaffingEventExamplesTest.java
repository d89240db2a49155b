package io.deliveryhub.resources.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Allocation and resource-request events: the examples consumers are tested with must be events this service could really publish. */
class StaffingEventExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.allocation.created.v1", "deliveryhub.allocation.updated.v1",
            "deliveryhub.allocation.released.v1", "deliveryhub.resource-request.opened.v1",
            "deliveryhub.resource-request.filled.v1", "deliveryhub.resource-request.cancelled.v1",
            "deliveryhub.resource-request.updated.v1", "deliveryhub.scenario.created.v1",
            "deliveryhub.scenario.changed.v1", "deliveryhub.scenario.applied.v1", "deliveryhub.scenario.discarded.v1" })
    void exampleMatchesItsSchema(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
    }

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.allocation.created.v1", "deliveryhub.allocation.updated.v1",
            "deliveryhub.allocation.released.v1", "deliveryhub.resource-request.opened.v1",
            "deliveryhub.resource-request.filled.v1", "deliveryhub.resource-request.cancelled.v1",
            "deliveryhub.resource-request.updated.v1" })
    void schemaRejectsAPayloadWithoutState(String type) {
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":2,\"actor\":\"x\",\"changes\":{}}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
