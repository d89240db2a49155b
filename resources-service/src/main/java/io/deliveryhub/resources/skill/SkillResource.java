package io.deliveryhub.resources.skill;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/skills")
@Tag(name = "Skills")
public class SkillResource {

    private final SkillService skills;
    private final Actor actor;

    public SkillResource(SkillService skills, Actor actor) {
        this.skills = skills;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Add a skill to the catalogue", description = "Names are unique whatever their case (409).")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SkillView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@Valid @NotNull SkillRequest request, UriInfo uri) {
        SkillView created = skills.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<SkillView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String q,
            @QueryParam("category") String category) {
        return skills.list(page, q, category);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SkillView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("id") UUID id) {
        SkillView skill = skills.get(id);
        return Responses.ok(skill.version(), skill);
    }
}
