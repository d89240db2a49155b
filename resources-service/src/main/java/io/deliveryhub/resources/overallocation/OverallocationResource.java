package io.deliveryhub.resources.overallocation;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.scenario.ScenarioOverlays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/capacity/overallocation")
@Tag(name = "Capacity and bench")
public class OverallocationResource {

    private final OverallocationService overallocation;
    private final ScenarioOverlays scenarios;

    public OverallocationResource(OverallocationService overallocation, ScenarioOverlays scenarios) {
        this.overallocation = overallocation;
        this.scenarios = scenarios;
    }

    @GET
    @Operation(summary = "Everyone over-allocated, per ISO week",
            description = "Each person active in the period whose HARD bookings exceed their capacity after time off in"
                    + " any whole ISO week that [from, to] touches, with those weeks: the rule a HARD booking is refused"
                    + " by (docs/kpis.md). SOFT bookings and placeholders do not count.")
    @APIResponse(responseCode = "200", description = "The people over-allocated, by name", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = OverallocationView.class)))
    @APIResponse(responseCode = "404", description = "No such scenario, or someone else's and the caller is a project"
            + " manager or has a role that owns none", content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "not-found", value = """
                            {"type":"https://deliveryhub.io/problems/not-found","title":"Not found","status":404,
                             "detail":"Scenario 5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60 does not exist"}""")))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public OverallocationView overallocation(
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-05-31") LocalDate to,
            @QueryParam("practice") @Parameter(description = "only people of this practice (case-insensitive)")
            String practice,
            @QueryParam("scenario") @Parameter(description = "answer for this scenario: the live plan with its changes")
            UUID scenario) {
        return overallocation.of(Period.of(from, to), practice, scenario, scenarios.of(scenario));
    }
}
