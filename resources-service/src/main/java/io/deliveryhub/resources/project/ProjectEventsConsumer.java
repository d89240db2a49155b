package io.deliveryhub.resources.project;

import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.inbox.BatchedInbox;
import io.deliveryhub.platform.inbox.TopicConsumer;
import io.deliveryhub.resources.exchangerate.KnownExchangeRates;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ProjectEventsConsumer implements TopicConsumer {

    static final String CONSUMER = "resources.known-projects";

    private final BatchedInbox inbox;
    private final KnownProjects knownProjects;
    private final KnownExchangeRates exchangeRates;

    public ProjectEventsConsumer(BatchedInbox inbox, KnownProjects knownProjects, KnownExchangeRates exchangeRates) {
        this.inbox = inbox;
        this.knownProjects = knownProjects;
        this.exchangeRates = exchangeRates;
    }

    @Incoming("projects")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return inbox.handleAll(CONSUMER, records, ProjectEventsConsumer::wanted, this::apply);
    }

    /** Most of the topic (status reports, RAID items, ...) is of no use here, and costs no transaction. */
    static boolean wanted(IncomingEvent event) {
        return KnownProjects.reads(event) || KnownExchangeRates.reads(event);
    }

    @Override
    public String topic() {
        return Topics.PROJECTS;
    }

    @Override
    public String inboxConsumer() {
        return CONSUMER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        knownProjects.apply(event);
        exchangeRates.apply(event);
    }
}
