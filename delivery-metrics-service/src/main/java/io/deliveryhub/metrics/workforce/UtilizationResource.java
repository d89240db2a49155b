package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.scenario.ScenarioPlans;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/utilization")
@Tag(name = "Utilization and bench")
public class UtilizationResource {

    private final WorkforceViews views;
    private final ScenarioPlans scenarios;

    public UtilizationResource(WorkforceViews views, ScenarioPlans scenarios) {
        this.views = views;
        this.scenarios = scenarios;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Utilization and billable utilization over a period, per person, practice or role",
            description = """
                    docs/kpis.md#utilization, from the people, time off, allocations and time entries received from \
                    resources-service so far: capacity = Σ working days (Mon–Fri) inside the person's active dates of \
                    max(0, weekly capacity / 5 − time off); logged = hours not REJECTED (weekends included); \
                    utilization = logged / capacity, billable utilization = billable / capacity, 3 decimals, null when \
                    capacity is 0; onBench = people HARD-allocated below the bench threshold. Someone inactive all the \
                    period who logged hours in it counts with those hours and no capacity. Rows per group, then the \
                    total; the portfolio KPIs' people block adds up the same figures. With `scenario={id}` (a \
                    what-if scenario of resources-service): the same figures with the scenario's allocations in \
                    place of the live ones they change (logged hours are actuals and never change; onBench does), \
                    and `scenario` lists per person and per ISO week the HARD hours live and in the scenario and the \
                    planned utilization they make (HARD hours / capacity, above 1 when over-allocated); \
                    docs/scenarios.md.""")
    @APIResponse(responseCode = "200", description = "One row per group, then the total")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, to before from, a period over 800 days, an unknown groupBy, or a scenario that is not a UUID")
    @APIResponse(responseCode = "404", description = "No open scenario with that id that the caller may see (its owner, delivery managers and the head of delivery; an applied or discarded scenario is gone)")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public UtilizationReport report(
            @QueryParam("from") @Parameter(required = true, description = "first day, inclusive", example = "2026-03-02",
                    schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, inclusive", example = "2026-03-08",
                    schema = @Schema(format = "date")) String to,
            @QueryParam("groupBy") @Parameter(example = "practice",
                    schema = @Schema(enumeration = { "person", "practice", "role" }, defaultValue = "person")) String groupBy,
            @QueryParam("scenario") @Parameter(description = "answer for this what-if scenario (its id in resources-service)",
                    example = "5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60", schema = @Schema(format = "uuid")) String scenario) {
        LocalDate start = QueryParams.requiredDate("from", from);
        LocalDate end = QueryParams.requiredDate("to", to);
        QueryParams.requireOrdered(start, end);
        UtilizationGrouping grouping = UtilizationGrouping.parse(groupBy);
        return views.utilization(start, end, grouping, scenarios.of(scenario));
    }
}
