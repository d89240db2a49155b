package io.deliveryhub.resources.skill;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.resources.person.PersonAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/skills")
@Tag(name = "Skills")
public class PersonSkillResource {

    private final PersonSkillService skills;
    private final PersonAccess access;
    private final Actor actor;

    public PersonSkillResource(PersonSkillService skills, PersonAccess access, Actor actor) {
        this.skills = skills;
        this.access = access;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "A person's skills, by skill name")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public List<PersonSkillView> list(@PathParam("personId") UUID personId) {
        return skills.list(personId);
    }

    @PUT
    @Path("{skillId}")
    @Operation(summary = "Give a person a catalogue skill, or change its level",
            description = "People may set their own skills; DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN anyone's.")
    @APIResponse(responseCode = "200", description = "Changed (or already so)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonSkillView.class)))
    @APIResponse(responseCode = "201", description = "The person did not have the skill before",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonSkillView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response set(@PathParam("personId") UUID personId, @PathParam("skillId") UUID skillId,
            @Valid @NotNull PersonSkillRequest request) {
        access.requireSelfOrManager(personId, "skills");
        PersonSkillService.Outcome outcome = skills.set(personId, skillId, request, actor.name());
        return Response.status(outcome.created() ? 201 : 200).tag(ETags.of(outcome.skill().version()))
                .entity(outcome.skill()).build();
    }

    @DELETE
    @Path("{skillId}")
    @Operation(summary = "Take a skill off a person")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public void remove(@PathParam("personId") UUID personId, @PathParam("skillId") UUID skillId) {
        access.requireSelfOrManager(personId, "skills");
        skills.remove(personId, skillId, actor.name());
    }
}
