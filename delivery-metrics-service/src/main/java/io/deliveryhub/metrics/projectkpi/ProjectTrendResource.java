package io.deliveryhub.metrics.projectkpi;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.csv.Csv;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/projects/{idOrKey}/trend")
@Tag(name = "Project KPIs")
public class ProjectTrendResource {

    private final ProjectTrendService trends;
    private final Clock clock;

    public ProjectTrendResource(ProjectTrendService trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "A project's KPIs week by week",
            description = """
                    One point per ISO week (Monday–Sunday) holding a day of [from, to], each computed as of the \
                    week's Sunday exactly as GET /metrics/projects/{idOrKey}?asOf computes a day. A week whose Sunday \
                    lies after `to` or after today is shown as of the earlier of the two (the week so far); a week \
                    that starts after today has no point. Defaults: `to` today, `from` 12 weeks before `to` (13 \
                    points). At most 104 weeks at once. `Accept: text/csv` answers CSV: a header with the point's \
                    field names, then one row per week; an unknown value is an empty field.""")
    @APIResponse(responseCode = "200", description = "The trend", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectTrend.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    example = """
                            week,asOf,currency,bac,pv,ev,ac,cv,sv,eac,etc,vac,cpi,spi,tcpi,percentComplete,milestonesTotal,milestonesDone,onTimeRate,overdueMilestones,budgetBurn,hoursLogged,rag,riskExposure,healthScore,healthStatus
                            2026-W10,2026-03-08,EUR,10000.00,6000.00,2500.00,0.00,2500.00,-3500.00,,,,,0.417,0.750,0.250,3,1,1.000,0,0.000,0,AMBER,16,65,AMBER
                            """) })
    @APIResponse(responseCode = "400", description = "A date that is not one, `to` before `from`, or more than 104 weeks")
    @APIResponse(responseCode = "404", description = "No project with that id or key has reached delivery metrics")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(
            @PathParam("idOrKey") @Parameter(description = "the project's id (UUID) or key", example = "ACME-PAY")
            String idOrKey,
            @QueryParam("from") @Parameter(description = "first day, YYYY-MM-DD; default 12 weeks before `to`",
                    schema = @Schema(implementation = LocalDate.class)) String from,
            @QueryParam("to") @Parameter(description = "last day, YYYY-MM-DD; default today",
                    schema = @Schema(implementation = LocalDate.class)) String to,
            @Context HttpHeaders headers) {
        ProjectTrend trend = trends.weekly(idOrKey, QueryParams.date("from", from), QueryParams.date("to", to),
                LocalDate.now(clock));
        return Csv.wanted(headers) ? Response.ok(trend.csv(), Csv.MEDIA_TYPE).build()
                : Response.ok(trend, MediaType.APPLICATION_JSON).build();
    }
}
