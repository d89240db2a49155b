package io.deliveryhub.resources.utilization;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/utilization")
@Tag(name = "Views")
public class UtilizationResource {

    private final UtilizationService utilization;

    public UtilizationResource(UtilizationService utilization) {
        this.utilization = utilization;
    }

    @GET
    @Operation(summary = "Utilization and billable utilization over a period",
            description = "docs/kpis.md#utilization: capacity = Σ working days (Mon–Fri) of max(0, weekly capacity / 5 − time off); "
                    + "logged = hours not REJECTED (weekends included); utilization = logged / capacity, billable "
                    + "utilization = billable / capacity, 3 decimals, null when capacity is 0. Rows per group, then the total.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public UtilizationReport report(
            @QueryParam("from") @Parameter(required = true, description = "first day, inclusive", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, description = "last day, inclusive", schema = @Schema(format = "date")) String to,
            @QueryParam("groupBy") @Parameter(schema = @Schema(enumeration = { "person", "practice", "role" }, defaultValue = "person")) String groupBy) {
        LocalDate start = QueryParams.requiredDate("from", from);
        LocalDate end = QueryParams.requiredDate("to", to);
        QueryParams.requireOrdered(start, end);
        return utilization.report(start, end, UtilizationGrouping.parse(groupBy));
    }
}
