package io.deliveryhub.projects.client;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ExternalRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(summary = "Create a client", description = "An external id already used by another client is a 409.")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_CRM })
    public Response create(@Valid @NotNull CreateClientRequest request, UriInfo uri) {
        ClientView created = clients.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List clients, filtered by name and status, paged and sorted")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_CRM })
    public ResultPage<ClientView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("q") @Parameter(description = "part of the name") String nameContains,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ClientStatus.class)) String status) {
        return clients.list(page, nameContains, QueryParams.enumValue(ClientStatus.class, "status", status));
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

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a client (JSON merge patch, RFC 7396)",
            description = "Needs If-Match (412 when stale, 428 when missing). externalRefs, when given, replaces the list.")
    @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = EditableClient.class)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_CRM })
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        ClientView client = clients.update(id, patch, ifMatch, actor.name());
        return Responses.ok(client.version(), client);
    }

    @PUT
    @Path("external/{system}/{externalId}")
    @Operation(summary = "Create or update the client with this external reference (CRM sync)",
            description = "Repeating it changes nothing and publishes nothing; it answers the same client.")
    @APIResponse(responseCode = "201", description = "Created with this external reference",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "200", description = "Found by its external reference (and updated if anything differed)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_CRM })
    public Response upsert(@PathParam("system") @Size(max = 50) String system,
            @PathParam("externalId") @Size(max = 200) String externalId,
            @Valid @NotNull UpsertClientRequest request, UriInfo uri) {
        ClientService.Upserted result = clients.upsert(new ExternalRef(system, externalId), request, actor.name());
        ClientView client = result.client();
        if (result.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/clients").path(client.id().toString()).build())
                    .tag(ETags.of(client.version())).entity(client).build();
        }
        return Responses.ok(client.version(), client);
    }
}
