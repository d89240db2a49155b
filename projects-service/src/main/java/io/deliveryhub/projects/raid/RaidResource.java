package io.deliveryhub.projects.raid;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.problem.BadRequest;
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

@Path("/api/v1/projects/{idOrKey}/raid")
@Tag(name = "RAID log")
public class RaidResource {

    private final RaidService raid;
    private final Actor actor;

    public RaidResource(RaidService raid, Actor actor) {
        this.raid = raid;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Raise a risk, assumption, issue or dependency",
            description = "score = probability × impact; a live RISK scoring 15 or more is escalated to DELIVERY_MANAGER."
                    + " Refused (409 project-ended) once the project no longer accepts records (CLOSED or CANCELLED).")
    @APIResponse(responseCode = "201", description = "Raised; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RaidItemView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response raise(@PathParam("idOrKey") String idOrKey, @Valid @NotNull RaiseRaidItemRequest request,
            UriInfo uri) {
        RaidItemView raised = raid.raise(idOrKey, request, actor.name());
        return Responses.created(uri, raised.id(), raised.version(), raised);
    }

    @GET
    @Operation(summary = "The project's RAID log, highest score first unless sorted otherwise")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<RaidItemView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = RaidType.class)) String type,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RaidStatus.class)) String status,
            @QueryParam("minScore") @Parameter(description = "score at least (1-25)", example = "15") String minScore) {
        return raid.list(idOrKey, page, new RaidFilter(QueryParams.enumValue(RaidType.class, "type", type),
                QueryParams.enumValue(RaidStatus.class, "status", status), score(minScore)));
    }

    /** JAX-RS would answer 404 for a malformed number in the query; our convention is 400 naming it. */
    private static Integer score(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int score = Integer.parseInt(value.trim());
            if (score >= 1 && score <= 25) {
                return score;
            }
        } catch (NumberFormatException malformed) {
            // answered below
        }
        throw BadRequest.ofField("minScore", "must be a whole number from 1 to 25");
    }

    @GET
    @Path("{itemId}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RaidItemView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("itemId") UUID itemId) {
        RaidItemView item = raid.get(idOrKey, itemId);
        return Responses.ok(item.version(), item);
    }

    @PATCH
    @Path("{itemId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a RAID item (JSON merge patch, If-Match required); score and escalation follow",
            description = "Refused (409 project-ended) once the project no longer accepts records (CLOSED or CANCELLED): its"
                    + " RAID log is history then.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RaidItemEdit.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RaidItemView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response patch(@PathParam("idOrKey") String idOrKey, @PathParam("itemId") UUID itemId,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        RaidItemView changed = raid.patch(idOrKey, itemId, ifMatch, patch, actor.name());
        return Responses.ok(changed.version(), changed);
    }
}
