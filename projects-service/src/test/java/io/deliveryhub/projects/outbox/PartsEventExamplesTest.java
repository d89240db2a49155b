package io.deliveryhub.projects.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of the events about a project's parts (milestones, RAID, ...) and of templates. */
class PartsEventExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.milestone.created.v1", "deliveryhub.milestone.updated.v1",
            "deliveryhub.milestone.completed.v1", "deliveryhub.milestone.waived.v1", "deliveryhub.milestone.accepted.v1",
            "deliveryhub.deliverable.created.v1", "deliveryhub.deliverable.updated.v1",
            "deliveryhub.deliverable.reviewed.v1", "deliveryhub.status-report.posted.v1",
            "deliveryhub.raid-item.raised.v1", "deliveryhub.raid-item.updated.v1", "deliveryhub.feedback.received.v1",
            "deliveryhub.project-template.created.v1", "deliveryhub.project-template.updated.v1",
            "deliveryhub.project-template.deleted.v1" })
    void exampleMatchesItsSchemaWhichNeedsAState(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":1,\"actor\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
