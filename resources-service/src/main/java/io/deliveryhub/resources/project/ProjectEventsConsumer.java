package io.deliveryhub.resources.project;

import io.deliveryhub.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ProjectEventsConsumer {

    private static final String CONSUMER = "resources.known-projects";

    private final Inbox inbox;
    private final KnownProjects knownProjects;

    public ProjectEventsConsumer(Inbox inbox, KnownProjects knownProjects) {
        this.inbox = inbox;
        this.knownProjects = knownProjects;
    }

    @Incoming("projects")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.handle(CONSUMER, record, knownProjects::apply);
    }
}
