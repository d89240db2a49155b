package io.deliveryhub.resources.capacity;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.scenario.ScenarioOverlays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/capacity")
@Tag(name = "Capacity and bench")
public class CapacityResource {

    private final CapacityService capacity;
    private final ScenarioOverlays scenarios;

    public CapacityResource(CapacityService capacity, ScenarioOverlays scenarios) {
        this.capacity = capacity;
        this.scenarios = scenarios;
    }

    @GET
    @Operation(summary = "Supply against demand per ISO week, grouped by role, skill or practice",
            description = "supply = capacity − time off − HARD allocations; demand = open requests + placeholder "
                    + "allocations + SOFT allocations, where anything of a PROPOSED project counts as proposed demand "
                    + "× its win probability (in full when unknown). Weeks are clipped to [from, to]. Role is a "
                    + "person's title; skill groups overlap (a person supplies each of their skills).")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public CapacityView capacity(
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-05-31") LocalDate to,
            @QueryParam("groupBy") @DefaultValue("role")
            @Parameter(schema = @Schema(implementation = CapacityGroupBy.class)) String groupBy,
            @QueryParam("scenario") @Parameter(description = "answer for this scenario: the live plan with its changes,"
                    + " its tentative projects' role demand as proposed demand") UUID scenario) {
        Period period = Period.of(from, to);
        CapacityGroupBy grouping = QueryParams.enumValue(CapacityGroupBy.class, "groupBy", groupBy);
        return capacity.capacity(period, grouping, scenarios.of(scenario));
    }
}
