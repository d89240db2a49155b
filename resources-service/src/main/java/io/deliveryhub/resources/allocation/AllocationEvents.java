package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import java.time.Instant;

/** The events of this feature, on {@code deliveryhub.resources.v1}, keyed by project id (docs/architecture.md). */
final class AllocationEvents {

    static final String CREATED = "deliveryhub.allocation.created.v1";
    static final String UPDATED = "deliveryhub.allocation.updated.v1";
    static final String RELEASED = "deliveryhub.allocation.released.v1";

    private AllocationEvents() {
    }

    static DomainEvent of(String type, AllocationView allocation, Instant time, AggregateChange payload) {
        return DomainEvent.of(Topics.RESOURCES, type, allocation.projectId(), allocation.id(), time, payload);
    }
}
