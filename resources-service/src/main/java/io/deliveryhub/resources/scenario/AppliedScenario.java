package io.deliveryhub.resources.scenario;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedScenario", description = "What applying made real; tentative projects stay a forecast")
public record AppliedScenario(ScenarioView scenario,
        @Schema(description = "live allocations created for the scenario's additions") List<UUID> created,
        @Schema(description = "live allocations changed") List<UUID> changed,
        @Schema(description = "live allocations released") List<UUID> released) {
}
