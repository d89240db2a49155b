package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.metrics.scenario.ScenarioPlans;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bench")
@Tag(name = "Utilization and bench")
public class BenchResource {

    private final WorkforceViews views;
    private final ScenarioPlans scenarios;

    public BenchResource(WorkforceViews views, ScenarioPlans scenarios) {
        this.views = views;
        this.scenarios = scenarios;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "People whose HARD allocation over the period is below the threshold",
            description = """
                    docs/kpis.md#allocations, from the facts received from resources-service so far: allocation = \
                    HARD hours / capacity after time off over [from, to], both inside the person's active dates; \
                    people with no capacity in the period are left out. Least allocated first, then by name. The \
                    portfolio KPIs' onBench counts the same people at the configured threshold. With \
                    `scenario={id}` (a what-if scenario of resources-service): the bench with the scenario's \
                    allocations in place of the live ones they change, and `scenario` lists the people whose HARD \
                    hours it changes, live and in the scenario; docs/scenarios.md.""")
    @APIResponse(responseCode = "200", description = "The people on the bench")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, to before from, a period over 800 days, a threshold outside [0, 1], or a scenario that is not a UUID")
    @APIResponse(responseCode = "404", description = "No open scenario with that id that the caller may see (its owner, delivery managers and the head of delivery; an applied or discarded scenario is gone)")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public BenchView bench(
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, example = "2026-03-31", schema = @Schema(format = "date")) String to,
            @QueryParam("threshold") @Parameter(description = "default DELIVERYHUB_BENCH_THRESHOLD (0.5)", example = "0.5")
            @DecimalMin("0") @DecimalMax("1") BigDecimal threshold,
            @QueryParam("practice") @Parameter(description = "only this practice (exact name)", example = "Data & AI") String practice,
            @QueryParam("scenario") @Parameter(description = "answer for this what-if scenario (its id in resources-service)",
                    example = "5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60", schema = @Schema(format = "uuid")) String scenario) {
        LocalDate start = QueryParams.requiredDate("from", from);
        LocalDate end = QueryParams.requiredDate("to", to);
        QueryParams.requireOrdered(start, end);
        return views.bench(start, end, threshold, QueryParams.text(practice), scenarios.of(scenario));
    }
}
