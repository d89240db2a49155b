package io.deliveryhub.metrics.financials;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.csv.Csv;
import io.deliveryhub.metrics.financials.ProjectFinancialsService.Period;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.metrics.scenario.ScenarioPlans;
import io.deliveryhub.platform.problem.BadRequest;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/projects/{idOrKey}/financials")
@Tag(name = "Financials")
public class ProjectFinancialsResource {

    private final ProjectFinancialsService financials;
    private final ScenarioPlans scenarios;
    private final Clock clock;

    public ProjectFinancialsResource(ProjectFinancialsService financials, ScenarioPlans scenarios, Clock clock) {
        this.financials = financials;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "A project's revenue, cost and margin as of a day: actual, forecast and at completion",
            description = """
                    Actual revenue by delivery model (T&M and RETAINER: billable hours × the bill rate in force on \
                    each entry's date, the project's rate card before the person's default; FIXED_PRICE: billing \
                    amounts of milestones accepted by asOf, else the contract value × percent complete; INTERNAL: \
                    0), actual cost (as AC), a forecast from the day after asOf to the planned end from the \
                    allocations (hours per ISO week, SOFT apart, at the rates in force on asOf), and at completion, \
                    in the project's currency and the base currency. Cost, margin and rates are present only for \
                    DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN and the project's own project manager. `budget` is \
                    BAC (the baseline in force on asOf, else the project's own plan), the budget \
                    `budgetLeftAtCompletion` and the FORECAST_COST_OVER_BUDGET alert hold the cost to; \
                    `contractValue` is the project's budget now, the one a fixed-price project earns. \
                    `Accept: text/csv` or `format=csv` answers the forecast table per `period` (week, the default, \
                    or month). With `scenario={id}` (a what-if scenario of resources-service) the forecast follows \
                    the scenario's allocations in place of the live ones they change (actuals never change), and \
                    `scenario` gives the change against the live plan: forecast hours, revenue, cost and margin \
                    (the same at completion); docs/scenarios.md.""")
    @APIResponse(responseCode = "200", description = "The project's financials", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectFinancialsView.class),
                    examples = { @ExampleObject(name = "worked example", value = """
                            {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","key":"ACME-PAY",
                             "name":"Acme payments platform","asOf":"2026-03-31","status":"ACTIVE",
                             "deliveryModel":"TIME_AND_MATERIALS",
                             "inProjectCurrency":{"currency":"EUR","budget":null,"contractValue":null,
                               "actual":{"revenue":"4000.00","cost":"2880.00","margin":"1120.00","marginPercent":0.280},
                               "forecast":{"revenue":"6000.00","cost":"3600.00","margin":"2400.00","marginPercent":0.400},
                               "forecastSoft":{"revenue":"0.00","cost":"0.00","margin":"0.00","marginPercent":null},
                               "atCompletion":{"revenue":"10000.00","cost":"6480.00","margin":"3520.00","marginPercent":0.352}},
                             "inBaseCurrency":{"currency":"EUR","budget":null,"contractValue":null,
                               "actual":{"revenue":"4000.00","cost":"2880.00","margin":"1120.00","marginPercent":0.280},
                               "forecast":{"revenue":"6000.00","cost":"3600.00","margin":"2400.00","marginPercent":0.400},
                               "forecastSoft":{"revenue":"0.00","cost":"0.00","margin":"0.00","marginPercent":null},
                               "atCompletion":{"revenue":"10000.00","cost":"6480.00","margin":"3520.00","marginPercent":0.352}},
                             "hours":{"actual":48.000,"actualBillable":40.000,"actualUncosted":0.000,
                               "actualBillableWithoutRate":0.000,"forecast":60.000,"forecastSoft":0.000,"unpriced":0.000},
                             "forecastFrom":"2026-04-01","forecastTo":"2026-04-30",
                             "forecastWeeks":[{"start":"2026-04-06","hours":20.000,"softHours":0.000,"unpricedHours":0.000,
                               "revenue":"2000.00","cost":"1200.00"}],
                             "forecastMonths":[{"start":"2026-04-01","hours":60.000,"softHours":0.000,"unpricedHours":0.000,
                               "revenue":"6000.00","cost":"3600.00"}],
                             "unconverted":[]}"""),
                            @ExampleObject(name = "a scenario adding 40 hours", value = """
                            {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","key":"ACME-PAY","asOf":"2026-03-31",
                             "inProjectCurrency":{"currency":"EUR",
                               "forecast":{"revenue":"10000.00","cost":"6000.00","margin":"4000.00","marginPercent":0.400}},
                             "hours":{"forecast":100.000},
                             "scenario":{"scenarioId":"5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60","name":"Win the Acme deal",
                               "forecastHours":40.000,
                               "inProjectCurrency":{"currency":"EUR","revenue":"4000.00","cost":"2400.00","margin":"1600.00"},
                               "inBaseCurrency":{"currency":"EUR","revenue":"4000.00","cost":"2400.00","margin":"1600.00"}}}""") }),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), example = """
                    weekStart,hours,softHours,unpricedHours,currency,revenue,cost
                    2026-04-06,20.000,0.000,0.000,EUR,2000.00,1200.00
                    """) })
    @APIResponse(responseCode = "400", description = "asOf not a date, format or period not one of theirs, or a scenario that is not a UUID")
    @APIResponse(responseCode = "404", description = "No project with that id or key has reached delivery metrics, or no open scenario with that id that the caller may see (its owner, delivery managers and the head of delivery)")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(
            @PathParam("idOrKey") @Parameter(description = "the project's id (UUID) or key", example = "ACME-PAY")
            String idOrKey,
            @QueryParam("asOf") @Parameter(description = "the day, YYYY-MM-DD; default today",
                    schema = @Schema(implementation = LocalDate.class)) String asOf,
            @QueryParam("format") @Parameter(description = "csv for the forecast table (as `Accept: text/csv`)",
                    schema = @Schema(enumeration = { "json", "csv" })) String format,
            @QueryParam("period") @Parameter(description = "the forecast table's rows; default week",
                    schema = @Schema(enumeration = { "week", "month" })) String period,
            @QueryParam("scenario") @Parameter(description = "answer for this what-if scenario (its id in resources-service)",
                    example = "5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60", schema = @Schema(format = "uuid")) String scenario,
            @Context HttpHeaders headers) {
        LocalDate day = QueryParams.date("asOf", asOf);
        LocalDate on = day != null ? day : LocalDate.now(clock);
        Period rows = period(period);
        boolean csv = csv(format, headers);
        ScenarioPlan plan = scenarios.of(scenario);
        if (csv) {
            return Response.ok(financials.forecastCsv(idOrKey, on, rows, plan), Csv.MEDIA_TYPE).build();
        }
        return Response.ok(financials.asOf(idOrKey, on, plan), MediaType.APPLICATION_JSON).build();
    }

    private static boolean csv(String format, HttpHeaders headers) {
        String value = QueryParams.text(format);
        if (value == null) {
            return Csv.wanted(headers);
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw BadRequest.ofField("format", "must be json or csv");
        };
    }

    private static Period period(String period) {
        String value = QueryParams.text(period);
        if (value == null) {
            return Period.WEEK;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "week" -> Period.WEEK;
            case "month" -> Period.MONTH;
            default -> throw BadRequest.ofField("period", "must be week or month");
        };
    }
}
