package io.deliveryhub.metrics.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the scenario asked for changes against the live plan (docs/scenarios.md#views-in-delivery-metrics); present
 * only when a view is asked for a scenario.
 *
 * @param weeks only in the utilization view
 */
@Schema(name = "WorkforceScenarioDeltas")
public record ScenarioDeltas(UUID scenarioId, String name, List<PersonPlanChange> people,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonWeekChange> weeks) {
}
