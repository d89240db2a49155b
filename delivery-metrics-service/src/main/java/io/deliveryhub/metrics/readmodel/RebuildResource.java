package io.deliveryhub.metrics.readmodel;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/metrics/rebuild")
@Tag(name = "Administration")
public class RebuildResource {

    private final ReadModelRebuild rebuilds;

    public RebuildResource(ReadModelRebuild rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Rebuild the read models from the beginning of the topics", description = """
            Empties every read model this service derives from events (projects and their facts, and what other \
            consumers declare) and replays the topics that feed them from their beginning, in the background; the \
            live consumers are paused meanwhile and catch up afterwards. Answers are partial while it runs and \
            the same as before once it has COMPLETED. Pipeline telemetry and alerts are this service's own facts \
            and are kept; alerts are not evaluated during the rebuild. One rebuild at a time whichever replica \
            receives the command: 409 while one runs; every replica pauses its consumers and alert sweeps meanwhile. \
            Progress is kept in the database, so any replica answers it.""")
    @APIResponse(responseCode = "202", description = "Started; Location is where to follow it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RebuildView.class)))
    @RolesAllowed(ADMIN)
    public Response start(@Context UriInfo uri) {
        RebuildView rebuild = rebuilds.start();
        return Response.accepted(rebuild)
                .location(uri.getAbsolutePathBuilder().path(rebuild.id().toString()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "How far a rebuild of the read models has gone",
            description = "RUNNING, COMPLETED or FAILED (with the reason), and per topic the records replayed of those "
                    + "it had when the rebuild started; from any replica, whichever ran it.")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RebuildView.class)))
    @RolesAllowed(ADMIN)
    public RebuildView get(@PathParam("id") UUID id) {
        return rebuilds.get(id);
    }
}
