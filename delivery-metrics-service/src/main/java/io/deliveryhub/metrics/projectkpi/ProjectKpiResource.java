package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/projects")
@Tag(name = "Project KPIs")
public class ProjectKpiResource {

    private final ProjectKpiService kpis;
    private final Clock clock;

    public ProjectKpiResource(ProjectKpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GET
    @Path("/{idOrKey}")
    @Operation(summary = "A project's KPIs as of a day",
            description = """
                    Earned value, milestone schedule, budget burn, latest RAG, risk exposure, client feedback and a \
                    computed health, as of asOf (default today, UTC), from the project events received so far: \
                    BAC, PV and the planned dates are those of the baseline in force on asOf, and milestones count \
                    as they stood on asOf, so a later change request, completion or waiver does not rewrite the \
                    figures of an earlier day; a late fact about the day itself does. AC is the cost of the \
                    project's time entries dated on or before asOf that are not REJECTED, at each person's cost rate \
                    on the entry's date, as resources-service announces them. The definitions are in docs/kpis.md.""")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ProjectKpis get(
            @PathParam("idOrKey") @Parameter(description = "the project's id (UUID) or key", example = "ACME-PAY")
            String idOrKey,
            @QueryParam("asOf") @Parameter(description = "the day, YYYY-MM-DD; default today",
                    schema = @Schema(implementation = LocalDate.class)) String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return kpis.asOf(idOrKey, day != null ? day : LocalDate.now(clock));
    }
}
