package io.deliveryhub.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.ProjectStatuses;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Consumers read project statuses through platform's {@link ProjectStatuses}; this service's lifecycle and its event
 * schemas must say the same, so a status added here cannot be missing there.
 */
class PublishedStatusesTest {

    @Test
    void theSharedVocabularyIsThisLifecyclesStatusesInOrder() {
        assertThat(ProjectStatuses.ALL)
                .containsExactlyElementsOf(Arrays.stream(ProjectStatus.values()).map(ProjectStatus::name).toList());
    }

    @Test
    void theProjectEventSchemasListTheSameStatuses() throws IOException {
        for (String type : List.of("created", "updated", "status-changed")) {
            String schema = "/events/deliveryhub.project." + type + ".v1.schema.json";
            try (InputStream in = getClass().getResourceAsStream(schema)) {
                assertThat(in).as(schema).isNotNull();
                List<String> statuses = new ArrayList<>();
                new ObjectMapper().readTree(in).findValues("status").stream()
                        .map(status -> status.get("enum")).filter(JsonNode.class::isInstance)
                        .forEach(values -> values.forEach(value -> statuses.add(value.asText())));
                assertThat(statuses).as(schema).containsExactlyElementsOf(ProjectStatuses.ALL);
            }
        }
    }

    @Test
    void inDeliveryMeansActiveOrOnHoldAndOnlyAProposedProjectIsAProposal() {
        assertThat(ProjectStatuses.IN_DELIVERY)
                .containsExactlyInAnyOrder(ProjectStatus.ACTIVE.name(), ProjectStatus.ON_HOLD.name());
        assertThat(Arrays.stream(ProjectStatus.values()).filter(status -> ProjectStatuses.isProposal(status.name())))
                .containsExactly(ProjectStatus.PROPOSED);
    }
}
