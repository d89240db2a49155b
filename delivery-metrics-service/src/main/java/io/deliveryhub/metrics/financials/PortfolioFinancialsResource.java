package io.deliveryhub.metrics.financials;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.scenario.ScenarioPlans;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/portfolio/financials")
@Tag(name = "Financials")
public class PortfolioFinancialsResource {

    static final int PRACTICE_MAX_LENGTH = 100;

    private final PortfolioFinancialsService financials;
    private final ScenarioPlans scenarios;
    private final Clock clock;

    public PortfolioFinancialsResource(PortfolioFinancialsService financials, ScenarioPlans scenarios, Clock clock) {
        this.financials = financials;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The portfolio's revenue, cost and margin, actual, forecast and at completion, per month",
            description = """
                    As of asOf (default today), in the base currency, each project computed as its own financials \
                    are; filters combine (and). PROPOSED projects are the pipeline, reported apart and weighted by \
                    their win probability. Cost, margin and the ten projects with the lowest margin % at completion \
                    are present only for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN. With `scenario={id}` (a \
                    what-if scenario of resources-service) the forecast, at-completion, monthly and pipeline figures \
                    follow the scenario's allocations in place of the live ones they change (actuals never change; \
                    the lowest margins stay the live plan's), and `scenario` gives the change against the live plan, \
                    in total and per project it touches; docs/scenarios.md.""")
    @APIResponse(responseCode = "200", description = "The portfolio's financials", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioFinancialsView.class),
            examples = @ExampleObject(name = "one project of the worked example", value = """
                    {"asOf":"2026-03-31","filters":{"deliveryManagerId":"9c858901-8a57-4791-81fe-4c455b099bc9",
                     "clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10","practice":"Payments"},
                     "currency":"EUR","projects":1,
                     "actual":{"revenue":"4000.00","cost":"2880.00","margin":"1120.00","marginPercent":0.280},
                     "forecast":{"revenue":"6000.00","cost":"3600.00","margin":"2400.00","marginPercent":0.400},
                     "atCompletion":{"revenue":"10000.00","cost":"6480.00","margin":"3520.00","marginPercent":0.352},
                     "months":[{"month":"2026-03","actualRevenue":"4000.00","actualCost":"2880.00",
                                "forecastRevenue":"0.00","forecastCost":"0.00"},
                               {"month":"2026-04","actualRevenue":"0.00","actualCost":"0.00",
                                "forecastRevenue":"6000.00","forecastCost":"3600.00"}],
                     "pipeline":{"projects":0,"withoutProbability":0,
                                 "weighted":{"revenue":"0.00","cost":"0.00","margin":"0.00","marginPercent":null}},
                     "lowestMargins":[{"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","key":"ACME-PAY",
                        "name":"Acme payments platform","status":"ACTIVE",
                        "atCompletion":{"revenue":"10000.00","cost":"6480.00","margin":"3520.00","marginPercent":0.352}}],
                     "unconvertedAmounts":0}""")))
    @APIResponse(responseCode = "400", description = "asOf not a date, an id (or scenario) that is not a UUID, or a"
            + " practice over 100 characters")
    @APIResponse(responseCode = "404", description = "No open scenario with that id that the caller may see (its"
            + " owner, delivery managers and the head of delivery; an applied or discarded scenario is gone)")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public PortfolioFinancialsView get(
            @QueryParam("asOf") @Parameter(description = "the day, YYYY-MM-DD; default today",
                    schema = @Schema(implementation = LocalDate.class)) String asOf,
            @QueryParam("deliveryManagerId") @Parameter(description = "only this delivery manager's projects",
                    schema = @Schema(implementation = UUID.class)) String deliveryManagerId,
            @QueryParam("clientId") @Parameter(description = "only this client's projects",
                    schema = @Schema(implementation = UUID.class)) String clientId,
            @QueryParam("practice") @Parameter(description = "only this practice's projects (exact name)",
                    example = "Data & AI") String practice,
            @QueryParam("scenario") @Parameter(description = "answer for this what-if scenario (its id in resources-service)",
                    example = "5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60", schema = @Schema(format = "uuid")) String scenario) {
        LocalDate day = QueryParams.date("asOf", asOf);
        ProjectFilter filter = new ProjectFilter(QueryParams.uuid("deliveryManagerId", deliveryManagerId),
                QueryParams.uuid("clientId", clientId), practice(practice));
        return financials.asOf(day != null ? day : LocalDate.now(clock), filter, scenarios.of(scenario));
    }

    private static String practice(String value) {
        String practice = QueryParams.text(value);
        if (practice != null && practice.length() > PRACTICE_MAX_LENGTH) {
            throw BadRequest.ofField("practice", "must be at most " + PRACTICE_MAX_LENGTH + " characters");
        }
        return practice;
    }
}
