package io.deliveryhub.resources.resourcerequest;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/v1/resource-requests")
@Tag(name = "Resource requests", description = "A project's need for a role with skills; ranked candidates; fill")
public class ResourceRequestResource {

    private final ResourceRequestService requests;
    private final CandidateSearch candidates;
    private final Actor actor;

    public ResourceRequestResource(ResourceRequestService requests, CandidateSearch candidates, Actor actor) {
        this.requests = requests;
        this.candidates = candidates;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Open a resource request",
            description = "Each required skill names a catalogue skill by skillId or by name (skill).")
    @APIResponse(responseCode = "201", description = "Opened; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceRequestView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response open(@Valid @NotNull CreateResourceRequest request, UriInfo uri) {
        ResourceRequestView opened = requests.open(request, actor.name());
        return Responses.created(uri, opened.id(), opened.version(), opened);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<ResourceRequestView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RequestStatus.class)) String status) {
        return requests.list(page, projectId, QueryParams.enumValue(RequestStatus.class, "status", status));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceRequestView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("id") UUID id) {
        ResourceRequestView request = requests.get(id);
        return Responses.ok(request.version(), request);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change an open request (JSON merge patch, If-Match required)",
            description = "role, requiredSkills (replaced as a whole), hoursPerWeek, from, to and priority may change; "
                    + "the project may not (400). Only an OPEN request changes (409 otherwise).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ResourceRequestFields.class)))
    @APIResponse(responseCode = "200", description = "Changed (or already so); ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceRequestView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        ResourceRequestView changed = requests.patch(id, ifMatch, patch, actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "People ranked by skill fit × availability over the request's period",
            description = "skillFit = mean over required skills of min(level, required)/required (missing skill: 0); "
                    + "availability = Σ_w min(free_w, needed_w) / Σ_w needed_w over the request's ISO weeks, free = "
                    + "capacity after time off − HARD bookings; score = skillFit × availability. Each candidate "
                    + "explains matched and missing skills, free hours per week and conflicting weeks.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, ADMIN })
    public CandidateList candidates(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return candidates.candidates(id, limit);
    }

    @POST
    @Path("{id}/fill")
    @Operation(summary = "Book a person for the request and close it, in one transaction",
            description = "Creates the allocation (HARD by default, same over-allocation rule as POST /allocations) "
                    + "and marks the request FILLED. 409 when the request is not OPEN.")
    @APIResponse(responseCode = "200", description = "Filled",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilledRequest.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public FilledRequest fill(@PathParam("id") UUID id, @Valid @NotNull FillRequest request) {
        return requests.fill(id, request, actor);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an open request", description = "If-Match optional; 409 when it is not OPEN.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResourceRequestView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ResourceRequestView cancelled = requests.cancel(id, ifMatch, actor.name());
        return Responses.ok(cancelled.version(), cancelled);
    }
}
