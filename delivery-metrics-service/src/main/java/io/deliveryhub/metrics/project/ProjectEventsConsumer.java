package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code deliveryhub.projects.v1}. A record that fails (not an event, or a project state that cannot be
 * read) is nacked by the exception, and the channel's dead-letter-queue strategy parks it in the .dlq topic.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "delivery-metrics.projects";

    private final Inbox inbox;
    private final ProjectProjector projector;

    public ProjectEventsConsumer(Inbox inbox, ProjectProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("projects")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, projector::apply);
    }
}
