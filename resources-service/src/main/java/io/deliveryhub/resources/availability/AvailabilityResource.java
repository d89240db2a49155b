package io.deliveryhub.resources.availability;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.resources.scenario.ScenarioOverlays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{id}/availability")
@Tag(name = "Allocations")
public class AvailabilityResource {

    private final AvailabilityService availability;
    private final ScenarioOverlays scenarios;

    public AvailabilityResource(AvailabilityService availability, ScenarioOverlays scenarios) {
        this.availability = availability;
        this.scenarios = scenarios;
    }

    @GET
    @Operation(summary = "A person's availability per ISO week",
            description = "Weeks are clipped to [from, to]. capacity = weekly capacity / 5 per working day the person "
                    + "is active; free = max(0, capacity − time off − HARD hours); SOFT hours are shown, not deducted.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public PersonAvailability availability(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-05-31") LocalDate to,
            @QueryParam("scenario") @Parameter(description = "answer for this scenario: the live plan with its changes")
            UUID scenario) {
        return availability.of(id, Period.of(from, to), scenarios.of(scenario));
    }
}
