package io.deliveryhub.projects.outbox;

import io.deliveryhub.platform.outbox.ParkedEventsResource;
import jakarta.ws.rs.Path;

/** This service's parked events, under a prefix the gateway routes to projects-service (the resource is the platform's). */
@Path("/api/v1/admin/projects/outbox/parked")
public class ProjectsParkedEventsResource extends ParkedEventsResource {
}
