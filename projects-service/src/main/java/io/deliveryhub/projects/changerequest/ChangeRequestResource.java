package io.deliveryhub.projects.changerequest;

import static io.deliveryhub.platform.security.Roles.*;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/change-requests")
@Tag(name = "Change requests")
public class ChangeRequestResource {

    private final ChangeRequestService changes;
    private final Actor actor;

    public ChangeRequestResource(ChangeRequestService changes, Actor actor) {
        this.changes = changes;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Submit a change request (scope, budget and schedule impact)",
            description = "Refused (409 project-ended) for a COMPLETED, CLOSED or CANCELLED project: its plan no longer changes. budgetDelta is in the base currency (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Submitted; Location points to it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChangeRequestView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response submit(@PathParam("idOrKey") String idOrKey, @Valid @NotNull SubmitChangeRequest request,
            UriInfo uri) {
        ChangeRequestView submitted = changes.submit(idOrKey, request, actor.name());
        return Responses.created(uri, submitted.id(), submitted.version(), submitted);
    }

    @GET
    @Operation(summary = "The project's change requests, oldest first unless sorted otherwise")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<ChangeRequestView> list(@PathParam("idOrKey") String idOrKey,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ChangeRequestStatus.class)) String status,
            @Valid @BeanParam PageRequest page) {
        return changes.list(idOrKey, status, page);
    }

    @GET
    @Path("{crId}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChangeRequestView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("crId") UUID crId) {
        ChangeRequestView change = changes.get(idOrKey, crId);
        return Responses.ok(change.version(), change);
    }

    @POST
    @Path("{crId}/decision")
    @Operation(summary = "Approve, reject or withdraw a submitted change request",
            description = "Only a SUBMITTED change request can be decided (409 otherwise). APPROVED and REJECTED are"
                    + " for a delivery manager or the head of delivery (403 otherwise); WITHDRAWN for anyone who may"
                    + " submit. Approval applies the deltas to the project (budget, budget hours, planned end) and, once"
                    + " the project is baselined, records the next baseline version, all in one transaction; a delta"
                    + " that would make the plan impossible is a 409.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChangeRequestView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response decide(@PathParam("idOrKey") String idOrKey, @PathParam("crId") UUID crId,
            @Valid @NotNull DecisionRequest decision) {
        ChangeRequestView change = changes.decide(idOrKey, crId, decision, actor);
        return Responses.ok(change.version(), change);
    }
}
