package io.deliveryhub.projects.template;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.projects.project.ProjectView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/clone")
@Tag(name = "Projects")
public class ProjectCloneResource {

    private final ProjectStarter starter;
    private final Actor actor;

    public ProjectCloneResource(ProjectStarter starter, Actor actor) {
        this.starter = starter;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Start a PROPOSED project as a copy of this one", description = """
            Copies the fields (client, delivery model, practice, managers, budget, tags), the milestones that were \
            not waived (as PLANNED, with their deliverables as DRAFT) and the live RAID items (as OPEN); every date \
            moves by the distance between the two planned starts. One transaction, an event per part.""")
    @APIResponse(responseCode = "201", description = "The new project; Location points to it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response cloneProject(@PathParam("idOrKey") String idOrKey, @Valid @NotNull CloneProjectRequest request,
            UriInfo uri) {
        ProjectView project = starter.cloneOf(idOrKey, request, actor.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(project.id().toString()).build())
                .tag(ETags.of(project.version())).entity(project).build();
    }
}
