package io.deliveryhub.projects.template;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.project.ProjectView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/project-templates")
@Tag(name = "Project templates")
public class ProjectTemplateResource {

    private final ProjectTemplateService templates;
    private final ProjectStarter starter;
    private final Actor actor;

    public ProjectTemplateResource(ProjectTemplateService templates, ProjectStarter starter, Actor actor) {
        this.templates = templates;
        this.starter = starter;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Create a project template: delivery model, milestones (due offsetDays after the start) and standard RAID entries")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectTemplateView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@Valid @NotNull ProjectTemplateRequest request, UriInfo uri) {
        ProjectTemplateView created = templates.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<ProjectTemplateView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String nameContains) {
        return templates.list(page, nameContains);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectTemplateView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("id") UUID id) {
        ProjectTemplateView template = templates.get(id);
        return Responses.ok(template.version(), template);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a template (JSON merge patch, If-Match required; milestones and raidEntries are replaced whole)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProjectTemplateRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectTemplateView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        ProjectTemplateView changed = templates.patch(id, ifMatch, patch, actor.name());
        return Responses.ok(changed.version(), changed);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a template; projects started from it keep what they copied",
            description = "If-Match is optional here; when sent it must name the current version (412 otherwise).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        templates.delete(id, ifMatch, actor.name());
    }

    @POST
    @Path("{id}/projects")
    @Operation(summary = "Start a PROPOSED project from the template, with its milestones and RAID entries, in one transaction")
    @APIResponse(responseCode = "201", description = "The new project; Location points to it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartProjectRequest request, UriInfo uri) {
        ProjectView project = starter.fromTemplate(id, request, actor.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(project.id().toString()).build())
                .tag(ETags.of(project.version())).entity(project).build();
    }
}
