package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.project.ProjectCostVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/allocations")
@Tag(name = "Allocations", description = "People and placeholder roles booked on projects, SOFT or HARD")
public class AllocationResource {

    static final String OVERALLOCATION_EXAMPLE = """
            {"type":"https://deliveryhub.io/problems/overallocation","title":"Conflict","status":409,
             "detail":"Jane Doe would be over-allocated in 2026-W10 (48.00 h booked, capacity 40.00 h). Reduce the hours or the period, or book again with allowOverallocation=true to accept it",
             "weeks":[{"week":"2026-W10","capacityHours":40.00,"bookedHours":48.00}]}""";

    private final AllocationService allocations;
    private final Actor actor;
    private final ProjectCostVisibility costs;

    public AllocationResource(AllocationService allocations, Actor actor, ProjectCostVisibility costs) {
        this.allocations = allocations;
        this.actor = actor;
        this.costs = costs;
    }

    @POST
    @Operation(summary = "Book a person or a placeholder role on a project",
            description = "HARD bookings need DELIVERY_MANAGER or HEAD_OF_DELIVERY; SOFT ones also PROJECT_MANAGER. "
                    + "A HARD booking that makes any ISO week exceed the person's capacity after time off is refused "
                    + "with 409 listing the weeks, unless allowOverallocation=true (query parameter or body field): "
                    + "then it is stored with overallocated=true and the weeks.")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "The HARD booking would over-allocate the person",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "overallocation", value = OVERALLOCATION_EXAMPLE)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response create(@Valid @NotNull CreateAllocationRequest request,
            @QueryParam("allowOverallocation") @Parameter(description = "store a HARD booking even if it overbooks a week")
            boolean allowOverallocation, UriInfo uri) {
        boolean allow = allowOverallocation || Boolean.TRUE.equals(request.allowOverallocation());
        AllocationView created = allocations.create(request.projectId(), request.fields(), allow, actor);
        return Responses.created(uri, created.id(), created.version(), shown(created));
    }

    @GET
    @Operation(summary = "List allocations", description = "Only ACTIVE ones unless status=RELEASED; from/to select "
            + "allocations overlapping that period")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<AllocationView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("personId") UUID personId, @QueryParam("projectId") UUID projectId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("booking") @Parameter(schema = @Schema(implementation = Booking.class)) String booking,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AllocationStatus.class)) String status) {
        ResultPage<AllocationView> found = allocations.list(page, new AllocationFilter(personId, projectId, from, to,
                QueryParams.enumValue(Booking.class, "booking", booking),
                QueryParams.enumValue(AllocationStatus.class, "status", status)));
        Predicate<UUID> costShown = costs.on(found.items().stream().map(AllocationView::projectId).toList());
        return new ResultPage<>(found.items().stream()
                .map(allocation -> costShown.test(allocation.projectId()) ? allocation : allocation.withoutCost())
                .toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllocationView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("id") UUID id) {
        AllocationView allocation = allocations.get(id);
        return Responses.ok(allocation.version(), shown(allocation));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change an allocation (JSON merge patch, If-Match required)",
            description = "The project cannot change. allowOverallocation=true (query or body) as for POST.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AllocationFields.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllocationView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
            @QueryParam("allowOverallocation") boolean allowOverallocation) {
        AllocationView changed = allocations.patch(id, ifMatch, patch, allowOverallocation, actor);
        return Responses.ok(changed.version(), shown(changed));
    }

    /** A placeholder's cost rate is for those who see its project's costs; others get the allocation without it. */
    private AllocationView shown(AllocationView allocation) {
        return costs.on(allocation.projectId()) ? allocation : allocation.withoutCost();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Release an allocation",
            description = "It stays readable with status RELEASED; releasing again changes nothing. If-Match optional.")
    @APIResponse(responseCode = "204", description = "Released")
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public void release(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        allocations.release(id, ifMatch, actor);
    }
}
