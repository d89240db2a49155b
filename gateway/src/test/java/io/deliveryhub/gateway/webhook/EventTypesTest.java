package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private static final Set<String> CRM = Set.of("INTEGRATION_CRM");

    /**
     * The services own their event types (their events/*.schema.json); the gateway's lists must name the same
     * aggregates, each either sent by webhook or kept private, never both.
     */
    @Test
    void knowsTheAggregatesOfEveryEventTheServicesPublish() throws IOException {
        Set<String> published;
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            published = modules.map(module -> module.resolve("src/main/resources/events")).filter(Files::isDirectory)
                    .flatMap(EventTypesTest::schemas)
                    .map(schema -> schema.getFileName().toString().split("\\.")[1])
                    .collect(Collectors.toSet());
        }
        assertThat(published).isNotEmpty();
        assertThat(EventTypes.AGGREGATES).doesNotContainAnyElementsOf(EventTypes.PRIVATE);
        Set<String> known = new HashSet<>(EventTypes.AGGREGATES);
        known.addAll(EventTypes.PRIVATE);
        assertThat(known).containsExactlyInAnyOrderElementsOf(published);
    }

    private static Stream<Path> schemas(Path directory) {
        try {
            return Files.list(directory).filter(file -> file.getFileName().toString().endsWith(".schema.json")).toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void takesExactTypesAggregateWildcardsAndEverything() {
        assertThat(EventTypes.refusal("deliveryhub.project.status-changed.v1", Set.of(), true)).isNull();
        assertThat(EventTypes.refusal("deliveryhub.time-entry.*", Set.of(), true)).isNull();
        assertThat(EventTypes.refusal("deliveryhub.*", CRM, false)).isNull();
    }

    @Test
    void refusesWhatIsNoEventTypeOrNamesNoAggregate() {
        assertThat(EventTypes.refusal("project.created", Set.of(), true)).contains("is not an event type");
        assertThat(EventTypes.refusal("deliveryhub.project.*.v1", Set.of(), true)).contains("is not an event type");
        assertThat(EventTypes.refusal("*", Set.of(), true)).contains("is not an event type");
        assertThat(EventTypes.refusal("deliveryhub.spaceship.*", Set.of(), true)).contains("'spaceship'");
        assertThat(EventTypes.refusal("deliveryhub.project." + "x".repeat(200) + ".v1", Set.of(), true))
                .contains("200");
    }

    @Test
    void sendsNoScenarioEventsEvenToAnAdministrator() {
        assertThat(EventTypes.refusal("deliveryhub.scenario.*", Set.of(), true)).contains("private");
        assertThat(EventTypes.refusal("deliveryhub.scenario.changed.v1", Set.of(), true)).contains("private");
        assertThat(EventTypes.matches(Set.of("deliveryhub.*"), "deliveryhub.scenario.changed.v1", Set.of(), true))
                .isFalse();
    }

    @Test
    void anIntegrationSubscribesOnlyToWhatItsRoleMayRead() {
        assertThat(EventTypes.refusal("deliveryhub.project.*", CRM, false)).isNull();
        assertThat(EventTypes.refusal("deliveryhub.time-entry.recorded.v1", CRM, false))
                .contains("does not receive time-entry events");
        assertThat(EventTypes.refusal("deliveryhub.time-entry.recorded.v1", Set.of("INTEGRATION_TIMESHEETS"), false))
                .isNull();
    }

    @Test
    void matchesWildcardsAndLeavesOutWhatTheOwnerMayNotRead() {
        assertThat(EventTypes.matches(Set.of("deliveryhub.project.*"), "deliveryhub.project.created.v1", CRM, false))
                .isTrue();
        assertThat(EventTypes.matches(Set.of("deliveryhub.project.*"), "deliveryhub.project-rate.set.v1", Set.of(),
                true)).isFalse();
        assertThat(EventTypes.matches(Set.of("deliveryhub.*"), "deliveryhub.time-entry.recorded.v1", CRM, false))
                .isFalse();
        assertThat(EventTypes.matches(Set.of("deliveryhub.*"), "deliveryhub.time-entry.recorded.v1", Set.of(), true))
                .isTrue();
        assertThat(EventTypes.matches(Set.of("deliveryhub.client.created.v1"), "deliveryhub.client.updated.v1", CRM,
                false)).isFalse();
    }
}
