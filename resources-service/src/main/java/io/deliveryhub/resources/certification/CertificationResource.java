package io.deliveryhub.resources.certification;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.resources.person.PersonAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people/{personId}/certifications")
@Tag(name = "Skills")
public class CertificationResource {

    private final CertificationService certifications;
    private final PersonAccess access;
    private final Actor actor;

    public CertificationResource(CertificationService certifications, PersonAccess access, Actor actor) {
        this.certifications = certifications;
        this.access = access;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public List<CertificationView> list(@PathParam("personId") UUID personId) {
        return certifications.list(personId);
    }

    @POST
    @Operation(summary = "Add a certification", description = "People may add their own; DELIVERY_MANAGER, "
            + "HEAD_OF_DELIVERY and ADMIN anyone's.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CertificationView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response add(@PathParam("personId") UUID personId, @Valid @NotNull CertificationRequest request, UriInfo uri) {
        access.requireSelfOrManager(personId, "certifications");
        CertificationView created = certifications.add(personId, request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public void remove(@PathParam("personId") UUID personId, @PathParam("id") UUID id) {
        access.requireSelfOrManager(personId, "certifications");
        certifications.remove(personId, id, actor.name());
    }
}
