package io.deliveryhub.resources.outbox;

import io.deliveryhub.platform.outbox.ParkedEventsResource;
import jakarta.ws.rs.Path;

/** This service's parked events, under a prefix the gateway routes to resources-service (the resource is the platform's). */
@Path("/api/v1/admin/resources/outbox/parked")
public class ResourcesParkedEventsResource extends ParkedEventsResource {
}
