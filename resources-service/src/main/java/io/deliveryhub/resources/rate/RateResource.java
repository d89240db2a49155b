package io.deliveryhub.resources.rate;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.resources.person.PersonAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/people/{personId}/rates")
@Tag(name = "People")
public class RateResource {

    private final RateService rates;
    private final PersonAccess access;
    private final Actor actor;

    public RateResource(RateService rates, PersonAccess access, Actor actor) {
        this.rates = rates;
        this.access = access;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "A person's rate history, oldest first",
            description = "The rate on a date is the latest effective on or before it. costRate is present only "
                    + "for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN; other readers get the bill rates alone.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public List<RateView> history(@PathParam("personId") UUID personId) {
        List<RateView> history = rates.history(personId);
        return access.seesCosts() ? history : history.stream().map(RateView::withoutCost).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rate", description = "costRate only for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public RateView get(@PathParam("personId") UUID personId, @PathParam("id") UUID id) {
        RateView rate = rates.get(personId, id);
        return access.seesCosts() ? rate : rate.withoutCost();
    }

    @POST
    @Operation(summary = "Add a rate effective from a date",
            description = "One rate per person and date (409). costRate and billRate in one currency (422 currency-mismatch); "
                    + "another than the base needs an exchange rate in force on effectiveFrom (422 exchange-rate-missing). "
                    + "Time entries are costed in the rate's currency; those "
                    + "dated from effectiveFrom until the next rate are costed again, each with a time-entry updated event.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RateView.class)))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response create(@PathParam("personId") UUID personId, @Valid @NotNull RateRequest request, UriInfo uri) {
        RateView created = rates.create(personId, request, actor.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
