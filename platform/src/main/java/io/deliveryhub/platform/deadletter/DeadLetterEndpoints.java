package io.deliveryhub.platform.deadletter;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ADMIN endpoints over a service's dead letters. Each consuming service mounts them under its own
 * {@code /api/v1/admin/<service>/dead-letters} (the gateway routes by path prefix) by extending this class.
 */
@Tag(name = "Administration")
public abstract class DeadLetterEndpoints {

    private final DeadLetters deadLetters;

    protected DeadLetterEndpoints(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "List the dead letters this service parked for a topic", description = """
            Reads `<topic>.dlq` and lists the records this service's consumers could not apply, oldest first: where \
            each lies in the .dlq topic (what a replay names), where it came from, which consumer parked it and why \
            (`reason`, `exception`), and whether its event has been applied since. Only events that fail on their own \
            are here: an outage of the database makes a consumer wait, never dead-letter.""")
    @APIResponse(responseCode = "200", description = "A page of dead letters",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResultPage.class)))
    @RolesAllowed(ADMIN)
    public ResultPage<DeadLetterView> list(
            @Parameter(description = "A topic this service consumes", example = "deliveryhub.projects.v1")
            @QueryParam("topic") @NotBlank String topic,
            @Valid @BeanParam PageRequest page) {
        return deadLetters.list(topic, page);
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replay dead letters after a fix", description = """
            Applies again, through the consumer that parked it, the dead letter at `partition` and `offset` of \
            `<topic>.dlq`, or with `all: true` every dead letter of the topic this service parked. The inbox makes a \
            replay idempotent: an event applied already (by an earlier replay or a redelivery) is reported \
            ALREADY_APPLIED and changes nothing. A dead letter that still fails is reported FAILED with its reason \
            and stays where it is.""")
    @APIResponse(responseCode = "200", description = "What happened to each dead letter replayed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplayReport.class)))
    @APIResponse(responseCode = "404", description = "No dead letter of this service at that partition and offset",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @RolesAllowed(ADMIN)
    public ReplayReport replay(
            @Parameter(description = "A topic this service consumes", example = "deliveryhub.projects.v1")
            @QueryParam("topic") @NotBlank String topic,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ReplayRequest.class),
                    examples = { @ExampleObject(name = "one", value = "{\"partition\":0,\"offset\":12}"),
                            @ExampleObject(name = "all", value = "{\"all\":true}") }))
            @Valid @NotNull ReplayRequest request) {
        return deadLetters.replay(topic, request);
    }
}
