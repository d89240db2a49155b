package io.deliveryhub.projects.milestone;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/milestones/{milestoneId}/deliverables")
@Tag(name = "Milestones")
public class DeliverableResource {

    private final DeliverableService deliverables;
    private final Actor actor;

    public DeliverableResource(DeliverableService deliverables, Actor actor) {
        this.deliverables = deliverables;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Add a deliverable (DRAFT) to a milestone that is neither accepted nor waived")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliverableView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull CreateDeliverableRequest request, UriInfo uri) {
        DeliverableView created = deliverables.create(idOrKey, milestoneId, request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<DeliverableView> list(@PathParam("idOrKey") String idOrKey,
            @PathParam("milestoneId") UUID milestoneId, @Valid @BeanParam PageRequest page) {
        return deliverables.list(idOrKey, milestoneId, page);
    }

    @GET
    @Path("{deliverableId}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliverableView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @PathParam("deliverableId") UUID deliverableId) {
        DeliverableView deliverable = deliverables.get(idOrKey, milestoneId, deliverableId);
        return Responses.ok(deliverable.version(), deliverable);
    }

    @PATCH
    @Path("{deliverableId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a deliverable's name or description (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeliverableEdit.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliverableView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response patch(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @PathParam("deliverableId") UUID deliverableId, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        DeliverableView changed = deliverables.patch(idOrKey, milestoneId, deliverableId, ifMatch, patch, actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @POST
    @Path("{deliverableId}/review")
    @Operation(summary = "Move the deliverable through review", description = """
            DRAFT → IN_REVIEW → ACCEPTED or REJECTED (notes required); REJECTED → IN_REVIEW or DRAFT; \
            IN_REVIEW → DRAFT (withdrawn); ACCEPTED is final.""")
    @APIResponse(responseCode = "200", description = "Reviewed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliverableView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response review(@PathParam("idOrKey") String idOrKey, @PathParam("milestoneId") UUID milestoneId,
            @PathParam("deliverableId") UUID deliverableId, @Valid @NotNull ReviewDeliverableRequest request) {
        DeliverableView changed = deliverables.review(idOrKey, milestoneId, deliverableId, request, actor.name());
        return Responses.ok(changed.version(), changed);
    }
}
