package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import java.time.Instant;

/** The events of this feature, on {@code deliveryhub.resources.v1}, keyed by project id (docs/architecture.md). */
final class ResourceRequestEvents {

    static final String OPENED = "deliveryhub.resource-request.opened.v1";
    static final String UPDATED = "deliveryhub.resource-request.updated.v1";
    static final String FILLED = "deliveryhub.resource-request.filled.v1";
    static final String CANCELLED = "deliveryhub.resource-request.cancelled.v1";

    private ResourceRequestEvents() {
    }

    static DomainEvent of(String type, ResourceRequestView request, Instant time, AggregateChange payload) {
        return DomainEvent.of(Topics.RESOURCES, type, request.projectId(), request.id(), time, payload);
    }
}
