package io.deliveryhub.resources.project;

import io.deliveryhub.platform.inbox.BatchedInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ProjectEventsConsumer {

    private static final String CONSUMER = "resources.known-projects";

    private final BatchedInbox inbox;
    private final KnownProjects knownProjects;

    public ProjectEventsConsumer(BatchedInbox inbox, KnownProjects knownProjects) {
        this.inbox = inbox;
        this.knownProjects = knownProjects;
    }

    @Incoming("projects")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return inbox.handleAll(CONSUMER, records, knownProjects::apply);
    }
}
