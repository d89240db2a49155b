package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.platform.security.Roles.*;

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

    public UtilizationResource(WorkforceViews views) {
        this.views = views;
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
                    total; the portfolio KPIs' people block adds up the same figures.""")
    @APIResponse(responseCode = "200", description = "One row per group, then the total")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, to before from, a period over 800 days, or an unknown groupBy")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public UtilizationReport report(
            @QueryParam("from") @Parameter(required = true, description = "first day, inclusive", example = "2026-03-02",
                    schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, inclusive", example = "2026-03-08",
                    schema = @Schema(format = "date")) String to,
            @QueryParam("groupBy") @Parameter(example = "practice",
                    schema = @Schema(enumeration = { "person", "practice", "role" }, defaultValue = "person")) String groupBy) {
        LocalDate start = QueryParams.requiredDate("from", from);
        LocalDate end = QueryParams.requiredDate("to", to);
        QueryParams.requireOrdered(start, end);
        return views.utilization(start, end, UtilizationGrouping.parse(groupBy));
    }
}
