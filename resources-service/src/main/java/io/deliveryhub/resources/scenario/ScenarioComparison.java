package io.deliveryhub.resources.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioComparison", description = "The scenario against the live plan over [from, to], ISO weeks")
public record ScenarioComparison(UUID scenarioId, LocalDate from, LocalDate to,
        @Schema(description = "per person (or placeholder role), project and week the scenario changes")
        List<AllocationDelta> allocations,
        @Schema(description = "per named person and week whose HARD hours the scenario changes")
        List<PersonWeekDelta> people,
        @Schema(description = "per project (or tentative project) and week: the hours the scenario adds or takes away")
        List<ProjectWeekDelta> projects) {
}
