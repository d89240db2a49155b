package io.deliveryhub.metrics.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples consumers are tested with must be events this service could really publish. */
class EventExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.deployment.recorded.v1", "deliveryhub.deployment.updated.v1",
            "deliveryhub.incident.recorded.v1", "deliveryhub.incident.resolved.v1", "deliveryhub.incident.updated.v1",
            "deliveryhub.alert.raised.v1", "deliveryhub.alert.acknowledged.v1", "deliveryhub.alert.resolved.v1" })
    void exampleMatchesItsSchema(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
    }

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.deployment.recorded.v1", "deliveryhub.deployment.updated.v1",
            "deliveryhub.incident.recorded.v1", "deliveryhub.incident.resolved.v1", "deliveryhub.incident.updated.v1",
            "deliveryhub.alert.raised.v1", "deliveryhub.alert.acknowledged.v1", "deliveryhub.alert.resolved.v1" })
    void schemaRejectsAPayloadWithoutState(String type) {
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":1,\"actor\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
