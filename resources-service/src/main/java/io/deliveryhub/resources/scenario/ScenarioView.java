package io.deliveryhub.resources.scenario;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scenario", example = """
        {"id":"5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60","name":"Win the Acme deal","description":null,
         "ownerId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","ownerName":"person-0b7d6c1e","status":"OPEN",
         "version":3,"createdAt":"2026-03-01T09:00:00Z","updatedAt":"2026-03-01T09:20:00Z","appliedAt":null}""")
public record ScenarioView(UUID id, String name, String description,
        @Schema(description = "the person who made it; they, delivery managers and the head of delivery see it")
        UUID ownerId, String ownerName, ScenarioStatus status,
        @Schema(description = "one more with every change to the scenario") long version, Instant createdAt,
        Instant updatedAt, Instant appliedAt) {

    static ScenarioView of(Scenario scenario) {
        return new ScenarioView(scenario.id, scenario.name, scenario.description, scenario.ownerId,
                scenario.ownerName, scenario.status, scenario.version, scenario.createdAt, scenario.updatedAt,
                scenario.appliedAt);
    }
}
