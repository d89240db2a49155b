package io.deliveryhub.resources.timeoff;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.resources.person.PersonAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/time-off")
@Tag(name = "Time off")
public class TimeOffResource {

    private final TimeOffService timeOff;
    private final PersonAccess access;
    private final Actor actor;

    public TimeOffResource(TimeOffService timeOff, PersonAccess access, Actor actor) {
        this.timeOff = timeOff;
        this.access = access;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "A person's time off overlapping a period", description = "Everyone sees when a person is"
            + " away; type and note only the person, DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN (left out for others).")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public List<TimeOffView> list(@PathParam("personId") UUID personId,
            @QueryParam("from") @Parameter(schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(format = "date")) String to) {
        return timeOff.list(personId, QueryParams.date("from", from), QueryParams.date("to", to));
    }

    @POST
    @Operation(summary = "Record time off", description = "People record their own; DELIVERY_MANAGER, HEAD_OF_DELIVERY "
            + "and ADMIN anyone's. Holidays are time off of type HOLIDAY. It lowers capacity on its working days.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeOffView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response record(@PathParam("personId") UUID personId, @Valid @NotNull TimeOffRequest request, UriInfo uri) {
        access.requireSelfOrManager(personId, "time off");
        TimeOffView created = timeOff.record(personId, request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change time off (JSON merge patch, If-Match required)",
            description = "from, to, type, hoursPerDay (null: a full day again) and note may change. People change "
                    + "their own; DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN anyone's.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TimeOffRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed (or already so); ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeOffView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response patch(@PathParam("personId") UUID personId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        access.requireSelfOrManager(personId, "time off");
        TimeOffView changed = timeOff.patch(personId, id, ifMatch, patch, actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel time off")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public void cancel(@PathParam("personId") UUID personId, @PathParam("id") UUID id) {
        access.requireSelfOrManager(personId, "time off");
        timeOff.cancel(personId, id, actor.name());
    }
}
