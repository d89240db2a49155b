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
                    baselines, milestones, status reports and feedback dated after asOf do not count, and a late \
                    fact changes the answers for the days it concerns. AC (and with it CPI, EAC, ETC, VAC and the \
                    budget burn ratio's numerator) stays 0 until time-entry facts from resources-service are \
                    consumed, a later step.""")
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
