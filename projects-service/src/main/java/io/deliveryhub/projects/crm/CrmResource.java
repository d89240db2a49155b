package io.deliveryhub.projects.crm;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.INTEGRATION_CRM;

import io.deliveryhub.platform.security.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/integrations/crm/opportunities")
@Tag(name = "CRM integration")
public class CrmResource {

    private final CrmImport crm;
    private final Actor actor;

    public CrmResource(CrmImport crm, Actor actor) {
        this.crm = crm;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Import a CRM opportunity at any stage",
            description = "Upserts the client by its account (external reference system \"crm\") and a PROPOSED project"
                    + " by the opportunity, with the win probability, expected dates and amount as budget; its key"
                    + " is made from the name. CLOSED_WON moves a PROPOSED project to PLANNING; CLOSED_LOST cancels"
                    + " a PROPOSED or PLANNING project. Once won, the project belongs to delivery: later messages"
                    + " change no fields. Replaying a message has no effect and answers the same. Role demand"
                    + " (docs/pipeline-demand.md) is checked as a whole before anything is written.")
    @APIResponse(responseCode = "200", description = "Handled (or replayed)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpportunityImported.class)))
    @APIResponse(responseCode = "422", description = "invalid-demand: every bad field of the role demand; nothing was imported",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid-demand",
                    value = "{\"type\":\"https://deliveryhub.io/problems/invalid-demand\",\"title\":\"Unprocessable content\","
                            + "\"status\":422,\"detail\":\"2 problem(s) with the opportunity's demand, nothing was imported:"
                            + " demand[1].hoursPerWeek must be more than 0 and at most 60\",\"errors\":["
                            + "{\"field\":\"demand[1].hoursPerWeek\",\"message\":\"must be more than 0 and at most 60\"},"
                            + "{\"field\":\"demand[3].to\",\"message\":\"must not be before from\"}]}")))
    @RolesAllowed({ INTEGRATION_CRM, ADMIN })
    public OpportunityImported handle(@Valid @NotNull OpportunityMessage message) {
        return crm.handle(message, actor.name());
    }
}
