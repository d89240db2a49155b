package io.deliveryhub.metrics.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The project state every {@code deliveryhub.project.*} event carries (projects-service's Project view).
 * Fields this service does not use are ignored, so the producer may add some without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProjectState(UUID id, String key, String name, UUID clientId, String status, LocalDate plannedStart,
        LocalDate plannedEnd, Money budget, BigDecimal budgetHours, String practice, UUID projectManagerId,
        UUID deliveryManagerId, UUID deliveryLeadId, Instant updatedAt) {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** @throws MalformedEvent when the state lacks what every project has, or a field has the wrong type */
    static ProjectState of(JsonNode state) {
        ProjectState project;
        try {
            project = JSON.treeToValue(state, ProjectState.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEvent("project state is not readable: " + e.getMessage());
        }
        if (project.id == null || isBlank(project.key) || isBlank(project.name) || project.clientId == null
                || isBlank(project.status)) {
            throw new MalformedEvent("project state lacks id, key, name, clientId or status");
        }
        return project;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
