package io.deliveryhub.projects.milestone;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/milestones")
@Tag(name = "Milestones")
public class MilestoneResource {

    private final MilestoneService milestones;
    private final Actor actor;

    public MilestoneResource(MilestoneService milestones, Actor actor) {
        this.milestones = milestones;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Add a milestone (PLANNED); refused (409 project-ended) once the project no longer accepts records (acceptsRecords false)")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@PathParam("idOrKey") String idOrKey, @Valid @NotNull CreateMilestoneRequest request,
            UriInfo uri) {
        MilestoneView created = milestones.create(idOrKey, request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "The project's milestones, by due date unless sorted otherwise")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<MilestoneView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MilestoneStatus.class)) String status) {
        return milestones.list(idOrKey, page, QueryParams.enumValue(MilestoneStatus.class, "status", status));
    }

    @GET
    @Path("{milestoneId}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId) {
        MilestoneView milestone = milestones.get(idOrKey, milestoneId);
        return Responses.ok(milestone.version(), milestone);
    }

    @PATCH
    @Path("{milestoneId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a milestone (JSON merge patch, If-Match required)", description = """
            status may move between PLANNED and IN_PROGRESS, or reopen a DONE milestone that is not accepted yet; \
            DONE and WAIVED are reached through /complete and /waive. A delivery lead may change the status only.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = MilestoneEdit.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response patch(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        MilestoneView changed = milestones.patch(idOrKey, milestoneId, ifMatch, patch,
                actor.hasAnyRole(PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN), actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @POST
    @Path("{milestoneId}/complete")
    @Operation(summary = "Record that the milestone was completed on a date (not in the future); it counts for earned value from that date")
    @APIResponse(responseCode = "200", description = "Completed (DONE)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response complete(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull CompleteMilestoneRequest request) {
        MilestoneView changed = milestones.complete(idOrKey, milestoneId, request.completedOn(), actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @POST
    @Path("{milestoneId}/waive")
    @Operation(summary = "Waive the milestone with a reason: it leaves earned value and the on-time rate")
    @APIResponse(responseCode = "200", description = "Waived",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response waive(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull WaiveMilestoneRequest request) {
        MilestoneView changed = milestones.waive(idOrKey, milestoneId, request.reason(), actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @POST
    @Path("{milestoneId}/accept")
    @Operation(summary = "Record the client's acceptance of a DONE milestone: who recorded it and on which date",
            description = "Refused (409, naming them) while any of its deliverables is not ACCEPTED.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MilestoneView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response accept(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull AcceptMilestoneRequest request) {
        MilestoneView changed = milestones.accept(idOrKey, milestoneId, request.acceptedOn(), actor.name());
        return Responses.ok(changed.version(), changed);
    }
}
