package io.deliveryhub.projects.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.testkit.EventSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples consumers are tested with must be events this service could really publish. */
class EventExamplesTest {

    private static final Path EVENTS = Path.of("src/main/resources/events");

    /** Every event type with a schema; a new schema is checked without touching this test. */
    static Stream<String> eventTypes() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length())).sorted().toList().stream();
        }
    }

    @Test
    void findsTheEventTypes() throws IOException {
        assertThat(eventTypes()).contains("deliveryhub.client.created.v1", "deliveryhub.project.created.v1",
                "deliveryhub.project.status-changed.v1");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void exampleMatchesItsSchema(String type) {
        EventSchemas.assertValid(type, EventSchemas.example(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRejectsAPayloadWithoutState(String type) {
        assertThatThrownBy(() -> EventSchemas.assertValid(type, "{\"version\":1,\"actor\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("state");
    }
}
