package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "Projects")
public class ProjectResource {

    private final ProjectService projects;
    private final Actor actor;

    public ProjectResource(ProjectService projects, Actor actor) {
        this.projects = projects;
        this.actor = actor;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@Valid @NotNull CreateProjectRequest request, UriInfo uri) {
        ProjectView created = projects.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM, INTEGRATION_TIMESHEETS, INTEGRATION_PIPELINES })
    public ResultPage<ProjectView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ProjectStatus.class)) String status,
            @QueryParam("clientId") UUID clientId,
            @QueryParam("q") @Parameter(description = "part of the name or key") String q) {
        return projects.list(page,
                new ProjectFilter(QueryParams.enumValue(ProjectStatus.class, "status", status), clientId, q));
    }

    @GET
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @Path("{idOrKey}")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM, INTEGRATION_TIMESHEETS, INTEGRATION_PIPELINES })
    public Response get(@PathParam("idOrKey") String idOrKey) {
        ProjectView project = projects.get(idOrKey);
        return Responses.ok(project.version(), project);
    }
}
