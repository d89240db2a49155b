package io.deliveryhub.resources.person;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people")
@Tag(name = "People")
public class PersonResource {

    private final PersonService people;
    private final Actor actor;
    private final Clock clock;

    public PersonResource(PersonService people, Actor actor, Clock clock) {
        this.people = people;
        this.actor = actor;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Add a person", description = "Emails are unique whatever their case (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@Valid @NotNull PersonRequest request, UriInfo uri) {
        PersonView created = people.create(request, actor.name());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List people", description = "Filters combine with AND; active means active today.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_TIMESHEETS })
    public ResultPage<PersonView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("practice") String practice,
            @QueryParam("title") String title,
            @QueryParam("q") @Parameter(description = "part of the name or email") String q,
            @QueryParam("active") @Parameter(description = "true: active today; false: not (yet or any more)") Boolean active) {
        return people.list(page, new PersonFilter(practice, title, q, active, LocalDate.now(clock)));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_TIMESHEETS })
    public Response get(@PathParam("id") UUID id) {
        PersonView person = people.get(id);
        return Responses.ok(person.version(), person);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a person (JSON merge patch)", description = "Needs If-Match with the current ETag.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonRequest.class),
            example = "{\"title\":\"Lead Developer\",\"capacityHoursPerWeek\":32}"))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        PersonView person = people.patch(id, patch, ifMatch, actor.name());
        return Responses.ok(person.version(), person);
    }
}
