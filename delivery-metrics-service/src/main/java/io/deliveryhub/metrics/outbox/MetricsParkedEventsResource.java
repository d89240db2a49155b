package io.deliveryhub.metrics.outbox;

import io.deliveryhub.platform.outbox.ParkedEventsResource;
import jakarta.ws.rs.Path;

/** This service's parked events, under a prefix the gateway routes to delivery-metrics-service (the resource is the platform's). */
@Path("/api/v1/admin/metrics/outbox/parked")
public class MetricsParkedEventsResource extends ParkedEventsResource {
}
