package io.deliveryhub.metrics.deployment;

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

@Path("/api/v1/deployments")
@Tag(name = "Pipeline telemetry")
public class DeploymentResource {

    private final DeploymentService deployments;
    private final Actor actor;

    public DeploymentResource(DeploymentService deployments, Actor actor) {
        this.deployments = deployments;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Record a deployment (upsert by externalId)",
            description = "A new externalId is recorded (201, event deliveryhub.deployment.recorded.v1). The same "
                    + "externalId again replaces the deployment (200, event deliveryhub.deployment.updated.v1), or "
                    + "changes nothing when the content is the same (200, no event), so a retried post is harmless. "
                    + "The project must be known to delivery metrics (else 422).")
    @APIResponse(responseCode = "201", description = "Recorded; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded under this externalId: updated, or unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeploymentView.class)))
    @RolesAllowed({ INTEGRATION_PIPELINES, ADMIN })
    public Response record(@Valid @NotNull RecordDeploymentRequest request, UriInfo uri) {
        DeploymentService.Recorded recorded = deployments.record(request, actor.name());
        DeploymentView deployment = recorded.deployment();
        return recorded.created()
                ? Responses.created(uri, deployment.id(), deployment.version(), deployment)
                : Responses.ok(deployment.version(), deployment);
    }

    @GET
    @Operation(summary = "List deployments", description = "Newest first unless sorted otherwise.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public ResultPage<DeploymentView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("projectId") @Parameter(schema = @Schema(implementation = UUID.class)) String projectId,
            @QueryParam("service") String service,
            @QueryParam("environment") @Parameter(description = "compared case-insensitively") String environment,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeploymentStatus.class)) String status,
            @QueryParam("from") @Parameter(description = "first day (UTC) of finishedAt, inclusive",
                    schema = @Schema(implementation = LocalDate.class)) String from,
            @QueryParam("to") @Parameter(description = "last day (UTC) of finishedAt, inclusive",
                    schema = @Schema(implementation = LocalDate.class)) String to) {
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        QueryParams.requireOrdered(fromDay, toDay);
        return deployments.list(page, new DeploymentFilter(QueryParams.uuid("projectId", projectId),
                QueryParams.text(service), QueryParams.text(environment),
                QueryParams.enumValue(DeploymentStatus.class, "status", status), fromDay, toDay));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeploymentView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public Response get(@PathParam("id") UUID id) {
        DeploymentView deployment = deployments.get(id);
        return Responses.ok(deployment.version(), deployment);
    }
}
