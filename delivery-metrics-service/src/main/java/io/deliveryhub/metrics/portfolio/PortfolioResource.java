package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.csv.Csv;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/portfolio")
@Tag(name = "Portfolio KPIs")
public class PortfolioResource {

    static final int PRACTICE_MAX_LENGTH = 100;

    private final PortfolioService portfolio;
    private final Clock clock;

    public PortfolioResource(PortfolioService portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Delivery KPIs of the portfolio, or of one delivery manager's, client's or practice's projects",
            description = """
                    As of asOf (default today), from the events received so far: projects per status and per \
                    computed health, milestone on-time rate, the share of ACTIVE projects with CPI and SPI ≥ 0.95, \
                    BAC and AC per currency, revenue and margin in the base currency (actual and at completion; cost \
                    and margin only for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN), utilization over the 4 weeks \
                    before asOf and bench share, CSAT/NPS, open \
                    alerts and the ten projects most at risk with the health factors against them. Filters combine \
                    (and). Today's figures are stored per project and kept current as facts arrive (a fact shows \
                    within moments of its event); another day's are computed from the stored facts. \
                    `Accept: text/csv` answers the filtered projects' KPIs as CSV, one row per project ordered by \
                    key: projectId, key, name, status, currency, bac, ac, cpi, spi, percentComplete, rag, \
                    healthScore, healthStatus, milestonesOnTime, milestonesLate, revenue, cost, margin, marginPercent, \
                    revenueAtCompletion, costAtCompletion, marginAtCompletion, marginPercentAtCompletion (base \
                    currency; an unknown value is an empty field, and so are the cost and margins of projects whose \
                    cost the caller may not see: DELIVERY_MANAGER, \
                    HEAD_OF_DELIVERY and ADMIN see every project's, a PROJECT_MANAGER those of the projects they \
                    manage); the portfolio's own figures are in the JSON answer.""")
    @APIResponse(responseCode = "200", description = "The portfolio's KPIs", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioKpis.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), example = """
                    projectId,key,name,status,currency,bac,ac,cpi,spi,percentComplete,rag,healthScore,healthStatus,milestonesOnTime,milestonesLate,revenue,cost,margin,marginPercent,revenueAtCompletion,costAtCompletion,marginAtCompletion,marginPercentAtCompletion
                    0b9a7c1e-8a53-4a5e-9a4e-2f6f1c0d9a11,ACME-PAY,Acme payments platform,ACTIVE,EUR,10000.00,2700.00,0.926,0.625,0.250,AMBER,55,RED,1,0,4000.00,2880.00,1120.00,0.280,10000.00,6480.00,3520.00,0.352
                    """) })
    @APIResponse(responseCode = "400", description = "asOf not a date, an id that is not a UUID, or a practice over 100 characters")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(
            @QueryParam("asOf") @Parameter(description = "the day, YYYY-MM-DD; default today",
                    schema = @Schema(implementation = LocalDate.class)) String asOf,
            @QueryParam("deliveryManagerId") @Parameter(description = "only this delivery manager's projects",
                    schema = @Schema(implementation = UUID.class)) String deliveryManagerId,
            @QueryParam("clientId") @Parameter(description = "only this client's projects",
                    schema = @Schema(implementation = UUID.class)) String clientId,
            @QueryParam("practice") @Parameter(description = "only this practice's projects and people (exact name)",
                    example = "Data & AI") String practice,
            @Context HttpHeaders headers) {
        LocalDate day = QueryParams.date("asOf", asOf);
        ProjectFilter filter = new ProjectFilter(QueryParams.uuid("deliveryManagerId", deliveryManagerId),
                QueryParams.uuid("clientId", clientId), practice(practice));
        LocalDate on = day != null ? day : LocalDate.now(clock);
        return Csv.wanted(headers) ? Response.ok(portfolio.csv(on, filter), Csv.MEDIA_TYPE).build()
                : Response.ok(portfolio.kpis(on, filter), MediaType.APPLICATION_JSON).build();
    }

    private static String practice(String value) {
        String practice = QueryParams.text(value);
        if (practice != null && practice.length() > PRACTICE_MAX_LENGTH) {
            throw BadRequest.ofField("practice", "must be at most " + PRACTICE_MAX_LENGTH + " characters");
        }
        return practice;
    }
}
