package io.deliveryhub.projects.feedback;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/feedback")
@Tag(name = "Client feedback")
public class FeedbackResource {

    private final FeedbackService feedback;
    private final Actor actor;

    public FeedbackResource(FeedbackService feedback, Actor actor) {
        this.feedback = feedback;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Record the client's feedback: CSAT 1–5 and/or NPS 0–10, optionally about one milestone",
            description = "Refused (409 project-ended) once the project no longer accepts records (CLOSED or CANCELLED).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD })
    public Response record(@PathParam("idOrKey") String idOrKey, @Valid @NotNull RecordFeedbackRequest request,
            UriInfo uri) {
        FeedbackView recorded = feedback.record(idOrKey, request, actor.name());
        return Responses.created(uri, recorded.id(), recorded.version(), recorded);
    }

    @GET
    @Operation(summary = "The project's feedback, newest first unless sorted otherwise")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<FeedbackView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page) {
        return feedback.list(idOrKey, page);
    }

    @GET
    @Path("{feedbackId}")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedbackView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("feedbackId") UUID feedbackId) {
        FeedbackView found = feedback.get(idOrKey, feedbackId);
        return Responses.ok(found.version(), found);
    }
}
