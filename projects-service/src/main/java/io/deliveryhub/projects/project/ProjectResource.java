package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "Projects")
public class ProjectResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String REASSIGN = """
            {"projectManagerId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","tags":["payments","priority"],"deliveryLeadId":null}""";

    private final ProjectService projects;
    private final Actor actor;

    public ProjectResource(ProjectService projects, Actor actor) {
        this.projects = projects;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Create a project; it starts PROPOSED")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@Valid @NotNull CreateProjectRequest request, UriInfo uri) {
        ProjectView created = projects.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List projects, filtered (all filters combine with AND), paged and sorted")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM, INTEGRATION_TIMESHEETS, INTEGRATION_PIPELINES })
    public ResultPage<ProjectView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ProjectStatus.class)) String status,
            @QueryParam("clientId") UUID clientId,
            @QueryParam("deliveryManagerId") UUID deliveryManagerId,
            @QueryParam("projectManagerId") UUID projectManagerId,
            @QueryParam("practice") @Parameter(description = "the practice, case-insensitive") String practice,
            @QueryParam("tag") @Parameter(description = "projects carrying this tag (case-insensitive)") String tag,
            @QueryParam("q") @Parameter(description = "part of the name or key") String q) {
        return projects.list(page, new ProjectFilter(QueryParams.enumValue(ProjectStatus.class, "status", status),
                clientId, deliveryManagerId, projectManagerId, practice, tag, q));
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

    @PATCH
    @Path("{idOrKey}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a project (JSON merge patch, RFC 7396)",
            description = "Needs If-Match with the ETag read (412 when stale, 428 when missing). key and status"
                    + " cannot be patched (status changes by transition). Once the project is baselined,"
                    + " plannedStart, plannedEnd, budget and budgetHours change only through approved change"
                    + " requests (409). null removes a value. Only the people the project names (or HEAD_OF_DELIVERY,"
                    + " ADMIN) change it (403 not-your-project); projectManagerId and deliveryManagerId change only by"
                    + " DELIVERY_MANAGER, HEAD_OF_DELIVERY or ADMIN (403).")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = EditableProject.class),
                    examples = @ExampleObject(name = "reassign", value = REASSIGN)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableProject.class),
                    examples = @ExampleObject(name = "reassign", value = REASSIGN)) })
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response update(@PathParam("idOrKey") String idOrKey,
            @HeaderParam("If-Match") @Parameter(description = "the ETag of the version being changed") String ifMatch,
            JsonNode patch) {
        ProjectView project = projects.update(idOrKey, patch, ifMatch, actor);
        return Responses.ok(project.version(), project);
    }

    @POST
    @Path("{idOrKey}/transitions")
    // LifecycleDescription puts the allowed moves, from the lifecycle's table, before this text.
    @Operation(summary = "Move a project through its lifecycle",
            description = "ACTIVE needs a project manager, planned dates and"
                    + " a budget (the first activation takes baseline version 1); COMPLETED needs every milestone"
                    + " DONE or WAIVED; CLOSED needs the closure review. A refused transition is a 409 whose"
                    + " `missing` lists what is lacking. Only a delivery manager or the head of delivery may cancel (403).")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response transition(@PathParam("idOrKey") String idOrKey, @Valid @NotNull TransitionRequest request) {
        ProjectView project = projects.transition(idOrKey, request, actor);
        return Responses.ok(project.version(), project);
    }
}
