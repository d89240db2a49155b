package io.deliveryhub.projects.ratecard;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/rate-card")
@Tag(name = "Project rate cards")
public class ProjectRateResource {

    private final ProjectRateService rateCard;
    private final Actor actor;

    public ProjectRateResource(ProjectRateService rateCard, Actor actor) {
        this.rateCard = rateCard;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Set a person's bill rate on this project from a date on", description = """
            Overrides the person's default bill rate for their hours on this project from effectiveFrom until \
            their next entry here. billRate must be in the project's currency (422 currency-mismatch); in a \
            currency other than the base it needs an exchange rate in force on effectiveFrom (422 \
            exchange-rate-missing). The same person and date twice is a 409. A delivery manager changes only \
            the projects that name them.""")
    @APIResponse(responseCode = "201", description = "Added; Location points to it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectRateView.class)))
    @APIResponse(responseCode = "422", description = "currency-mismatch or exchange-rate-missing",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "exchange-rate-missing",
                    value = "{\"type\":\"https://deliveryhub.io/problems/exchange-rate-missing\",\"title\":\"Unprocessable content\","
                            + "\"status\":422,\"detail\":\"billRate is in USD but no exchange rate from USD to the base currency"
                            + " is in force on 2026-03-01; an ADMIN sets one at PUT /api/v1/exchange-rates/USD/{effectiveFrom}\","
                            + "\"currency\":\"USD\",\"date\":\"2026-03-01\"}")))
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response add(@PathParam("idOrKey") String idOrKey, @Valid @NotNull AddProjectRateRequest request,
            UriInfo uri) {
        ProjectRateView added = rateCard.add(idOrKey, request, actor.name());
        return Responses.created(uri, added.id(), added.version(), added);
    }

    @GET
    @Operation(summary = "The project's rate card, by person and effective date", description = """
            Rates are cost-and-margin data: delivery managers, the head of delivery and ADMIN see every card, a \
            project manager only the card of a project that names them its project manager (else 403).""")
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, PROJECT_MANAGER })
    public ResultPage<ProjectRateView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page) {
        return rateCard.list(idOrKey, page, actor);
    }

    @DELETE
    @Path("{entryId}")
    @Operation(summary = "Remove an entry: the person's previous entry (or their default bill rate) applies again")
    @APIResponse(responseCode = "204", description = "Removed")
    @RolesAllowed({ DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN })
    public Response remove(@PathParam("idOrKey") String idOrKey, @PathParam("entryId") UUID entryId) {
        rateCard.remove(idOrKey, entryId, actor.name());
        return Response.noContent().build();
    }
}
