package io.deliveryhub.projects;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** Every event this service publishes goes to {@code deliveryhub.projects.v1}, keyed by project (or client) id. */
public final class ProjectsTopic {

    private ProjectsTopic() {
    }

    public static DomainEvent event(String type, UUID key, UUID subject, Instant time, AggregateChange payload) {
        return DomainEvent.of(Topics.PROJECTS, type, key, subject, time, payload);
    }
}
