package io.deliveryhub.metrics.alert;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alerts")
@Tag(name = "Alerts")
public class AlertResource {

    private final AlertService alerts;
    private final AlertEngine engine;
    private final Actor actor;

    public AlertResource(AlertService alerts, AlertEngine engine, Actor actor) {
        this.alerts = alerts;
        this.engine = engine;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List alerts", description = """
            Alerts raised by the rules, most recent first. A rule keeps at most one alert per subject that is not \
            RESOLVED; the alert resolves itself when the condition clears. Rules (thresholds are defaults, each \
            configurable): RAG_RED (the latest status report of an ACTIVE project is RED), CPI_BELOW_THRESHOLD \
            (CPI < 0.9), SPI_BELOW_THRESHOLD (SPI < 0.9), BUDGET_BURN_AHEAD_OF_PROGRESS (budget burn AC/BAC ≥ 0.9 \
            while percent complete < 0.8), MILESTONE_OVERDUE (subject: the milestone; one alert per overdue \
            milestone), DORA_CHANGE_FAILURE_RATE (a project's change failure rate over the last 30 days above \
            0.15). Project rules judge ACTIVE projects (configurable) on today's KPIs, as the project KPIs \
            endpoint shows them; an unknown figure (CPI while no cost is booked) raises nothing.""")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<AlertView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AlertStatus.class)) String status,
            @QueryParam("projectId") @Parameter(schema = @Schema(implementation = UUID.class)) String projectId,
            @QueryParam("rule") @Parameter(description = "a rule name, e.g. RAG_RED or DORA_CHANGE_FAILURE_RATE")
            String rule) {
        String ruleName = QueryParams.text(rule);
        if (ruleName != null && !engine.ruleNames().contains(ruleName)) {
            throw BadRequest.ofField("rule", "must be one of " + engine.ruleNames());
        }
        return alerts.list(page, new AlertService.AlertFilter(QueryParams.enumValue(AlertStatus.class, "status", status),
                QueryParams.uuid("projectId", projectId), ruleName));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("id") UUID id) {
        AlertView alert = alerts.get(id);
        return Responses.ok(alert.version(), alert);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert", description = """
            Marks an OPEN alert ACKNOWLEDGED by the caller (event deliveryhub.alert.acknowledged.v1); it stays \
            until its condition clears. Acknowledging an acknowledged alert again changes nothing; a RESOLVED alert \
            answers 409. An alert about a project is acknowledged only by someone the project names (project \
            manager, delivery manager, delivery lead) or HEAD_OF_DELIVERY (else 403 not-your-project).""")
    @APIResponse(responseCode = "200", description = "Acknowledged; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response acknowledge(@PathParam("id") UUID id) {
        AlertView alert = alerts.acknowledge(id, actor.name());
        return Responses.ok(alert.version(), alert);
    }
}
