package io.deliveryhub.projects.closurereview;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/closure-review")
@Tag(name = "Projects")
public class ClosureReviewResource {

    private final ClosureReviewService reviews;
    private final Actor actor;

    public ClosureReviewResource(ClosureReviewService reviews, Actor actor) {
        this.reviews = reviews;
        this.actor = actor;
    }

    @PUT
    @Operation(summary = "Record the closure review (lessons learned) of a COMPLETED project",
            description = "Needed before the project can be CLOSED. Repeating it replaces the review (200).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClosureReviewView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClosureReviewView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response record(@PathParam("idOrKey") String idOrKey, @Valid @NotNull ClosureReviewRequest request) {
        ClosureReviewService.Recorded recorded = reviews.record(idOrKey, request, actor.name());
        return Response.status(recorded.created() ? 201 : 200).tag(ETags.of(recorded.review().version()))
                .entity(recorded.review()).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "The closure review; 404 when none is recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClosureReviewView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey) {
        ClosureReviewView review = reviews.get(idOrKey);
        return Responses.ok(review.version(), review);
    }
}
