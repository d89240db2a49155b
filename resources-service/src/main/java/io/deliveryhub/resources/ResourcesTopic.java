package io.deliveryhub.resources;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * Every event this service publishes goes to {@code deliveryhub.resources.v1}: keyed by project id for what
 * belongs to a project (time entries, allocations), else by person (or catalogue entry) id.
 */
public final class ResourcesTopic {

    private ResourcesTopic() {
    }

    public static DomainEvent event(String type, UUID key, UUID subject, Instant time, AggregateChange payload) {
        return DomainEvent.of(Topics.RESOURCES, type, key, subject, time, payload);
    }
}
