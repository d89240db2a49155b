package io.deliveryhub.projects.client;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/clients")
@Tag(name = "Clients")
public class ClientResource {

    private final ClientService clients;
    private final Actor actor;

    public ClientResource(ClientService clients, Actor actor) {
        this.clients = clients;
        this.actor = actor;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_CRM })
    public Response create(@Valid @NotNull CreateClientRequest request, UriInfo uri) {
        ClientView created = clients.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM })
    public ResultPage<ClientView> list(@Valid @BeanParam PageRequest page, @QueryParam("q") String nameContains) {
        return clients.list(page, nameContains);
    }

    @GET
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @Path("{id}")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM })
    public Response get(@PathParam("id") UUID id) {
        ClientView client = clients.get(id);
        return Responses.ok(client.version(), client);
    }
}
