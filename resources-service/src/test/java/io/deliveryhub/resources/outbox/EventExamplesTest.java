package io.deliveryhub.resources.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples consumers are tested with must be events this service could really publish. */
class EventExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.person.created.v1", "deliveryhub.person.updated.v1",
            "deliveryhub.person-rate.created.v1", "deliveryhub.skill.created.v1", "deliveryhub.person-skill.set.v1",
            "deliveryhub.person-skill.removed.v1", "deliveryhub.certification.added.v1",
            "deliveryhub.certification.removed.v1", "deliveryhub.time-off.recorded.v1",
            "deliveryhub.time-off.cancelled.v1", "deliveryhub.time-off.updated.v1",
            "deliveryhub.time-entry.recorded.v1",
            "deliveryhub.time-entry.updated.v1", "deliveryhub.time-entry.decided.v1",
            "deliveryhub.time-entries.imported.v1" })
    void exampleMatchesItsSchema(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":1,\"actor\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
