package io.deliveryhub.metrics.incident;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/incidents")
@Tag(name = "Pipeline telemetry")
public class IncidentResource {

    private final IncidentService incidents;
    private final Actor actor;

    public IncidentResource(IncidentService incidents, Actor actor) {
        this.incidents = incidents;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Record an incident (upsert by externalId)",
            description = "A new externalId is recorded (201, event deliveryhub.incident.recorded.v1). The same "
                    + "externalId again replaces the incident: adding resolvedAt resolves it (200, event "
                    + "deliveryhub.incident.resolved.v1), any other change is an update (200, event "
                    + "deliveryhub.incident.updated.v1), the same content changes nothing (200, no event). The project "
                    + "must be known to delivery metrics (else 422), and a deploymentExternalId already recorded must "
                    + "belong to the same project (else 422).")
    @APIResponse(responseCode = "201", description = "Recorded; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded under this externalId: updated, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IncidentView.class)))
    @RolesAllowed({ INTEGRATION_PIPELINES, ADMIN })
    public Response record(@Valid @NotNull RecordIncidentRequest request, UriInfo uri) {
        IncidentService.Recorded recorded = incidents.record(request, actor.name());
        IncidentView incident = recorded.incident();
        return recorded.created()
                ? Responses.created(uri, incident.id(), incident.version(), incident)
                : Responses.ok(incident.version(), incident);
    }

    @GET
    @Operation(summary = "List incidents", description = "Most recently opened first unless sorted otherwise.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public ResultPage<IncidentView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("projectId") @Parameter(schema = @Schema(implementation = UUID.class)) String projectId,
            @QueryParam("service") String service,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = IncidentStatus.class)) String status,
            @QueryParam("from") @Parameter(description = "first day (UTC) of openedAt, inclusive",
                    schema = @Schema(implementation = LocalDate.class)) String from,
            @QueryParam("to") @Parameter(description = "last day (UTC) of openedAt, inclusive",
                    schema = @Schema(implementation = LocalDate.class)) String to) {
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        QueryParams.requireOrdered(fromDay, toDay);
        return incidents.list(page, new IncidentFilter(QueryParams.uuid("projectId", projectId),
                QueryParams.text(service), QueryParams.enumValue(IncidentStatus.class, "status", status), fromDay,
                toDay));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IncidentView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public Response get(@PathParam("id") UUID id) {
        IncidentView incident = incidents.get(id);
        return Responses.ok(incident.version(), incident);
    }
}
