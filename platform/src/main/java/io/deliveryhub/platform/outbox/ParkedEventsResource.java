package io.deliveryhub.platform.outbox;

import static io.deliveryhub.platform.security.Roles.ADMIN;

import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ADMIN view of a service's parked events. Each service mounts it under a path of its own (a subclass with
 * {@code @Path}, e.g. {@code /api/v1/admin/projects/outbox/parked}), because the gateway routes by path prefix and
 * one shared path could only reach one service.
 */
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParkedEventsResource {

    @Inject
    ParkedEvents parkedEvents;

    @GET
    @Operation(summary = "Events this service could not publish", description = """
            Outbox events Kafka refuses for good (larger than deliveryhub.events.max-bytes, or invalid), newest \
            first: each was parked with the reason instead of holding back the events after it, and raised an \
            OUTBOX_EVENT_PARKED alert. sort: parkedAt or type, optionally followed by ,asc or ,desc.""")
    @APIResponse(responseCode = "200", description = "A page of parked events")
    @RolesAllowed(ADMIN)
    public ResultPage<ParkedEvent> list(@Valid @BeanParam PageRequest page) {
        return parkedEvents.list(page);
    }

    @POST
    @Path("{id}/requeue")
    @Operation(summary = "Send a parked event again", description = """
            Puts the event back in the outbox's line, behind the events written since, once its cause is fixed \
            (for example a larger deliveryhub.events.max-bytes on the broker, the topics and the services). If \
            Kafka refuses it again it is parked again.""")
    @APIResponse(responseCode = "204", description = "Re-queued; the relay sends it at once")
    @RolesAllowed(ADMIN)
    public void requeue(@PathParam("id") UUID id) {
        parkedEvents.requeue(id);
    }
}
