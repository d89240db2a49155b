package io.deliveryhub.projects.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples consumers are tested with must be events this service could really publish. */
class EventExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.client.created.v1", "deliveryhub.project.created.v1" })
    void exampleMatchesItsSchema(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
    }

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.client.created.v1", "deliveryhub.project.created.v1" })
    void schemaRejectsAPayloadWithoutState(String type) {
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":1,\"actor\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
