package io.deliveryhub.platform.inbox;

import io.deliveryhub.platform.deadletter.DeadLetterHeaders;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.failure.TransientFailures;
import io.deliveryhub.platform.tracing.EventTraces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The {@link Inbox} for a channel consumed in batches ({@code mp.messaging.incoming.<channel>.batch=true}): the
 * events of one poll are applied in one transaction, so a stream of small events costs one commit (one WAL flush)
 * per poll instead of one per event. The guarantees stay those of one event at a time:
 * <ul>
 * <li>a record that is not an event is dead-lettered alone, before the others are applied;</li>
 * <li>when the poll's transaction fails, nothing of it is kept and its events are applied again one by one through
 * {@link Inbox#handle}, which waits out an outage of the database, so only an event that fails on its own is
 * dead-lettered, and the events after it (on its key too) are applied as they would have been;</li>
 * <li>the poll's offsets are committed only once every record is applied or parked in the dead-letter topic; while
 * the database is away the poll is not acknowledged, so nothing is committed and the partition waits.</li>
 * </ul>
 * The poll's inbox marks are written in one statement. An event the consumer has no use for ({@code wanted}) is passed
 * over unmarked: a redelivery of it is passed over just the same, so a poll of such events costs no transaction.
 * A dead letter names who parked it ({@link DeadLetterHeaders}), since several services read one topic and share its
 * {@code .dlq}.
 */
@ApplicationScoped
public class BatchedInbox {

    private static final Logger LOG = Logger.getLogger(BatchedInbox.class);

    private final Inbox inbox;
    private final EventTraces traces;
    private final String service;
    private final MeterRegistry metrics;

    public BatchedInbox(Inbox inbox, EventTraces traces,
            @ConfigProperty(name = "quarkus.application.name") String service, MeterRegistry metrics) {
        this.inbox = inbox;
        this.traces = traces;
        this.service = service;
        this.metrics = metrics;
    }

    /**
     * @param consumer names the read model being fed, as for {@link Inbox#handle}
     * @return completes once the poll is acknowledged; fails only if a record could not be dead-lettered
     */
    public CompletionStage<Void> handleAll(String consumer, KafkaRecordBatch<String, String> batch,
            Consumer<IncomingEvent> effect) {
        return handleAll(consumer, batch, event -> true, effect);
    }

    /**
     * The same for a consumer that reads only some of the topic's events.
     *
     * @param wanted whether the consumer has any use for an event (by its type, say); the others are neither applied
     *        nor marked
     */
    public CompletionStage<Void> handleAll(String consumer, KafkaRecordBatch<String, String> batch,
            Predicate<IncomingEvent> wanted, Consumer<IncomingEvent> effect) {
        List<CompletionStage<Void>> parked = new ArrayList<>();
        List<Polled> events = new ArrayList<>(batch.getRecords().size());
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = recordOf(message);
            try {
                IncomingEvent event = IncomingEvent.from(record);
                if (wanted.test(event)) {
                    events.add(new Polled(message, record, event));
                }
            } catch (IncomingEvent.MalformedEvent e) {
                parked.add(deadLetter(consumer, message, e));
            }
        }
        if (events.size() == 1 || !appliedTogether(consumer, events, effect)) {
            for (Polled polled : events) {
                try {
                    inbox.handle(consumer, polled.record(), effect);
                } catch (Exception e) {
                    if (interruptedWhileWaiting(e)) {
                        // Shutting down during an outage: never acknowledged, the poll is read again by whoever
                        // reads the partition next; dead-lettering it would lose good events.
                        return new CompletableFuture<>();
                    }
                    parked.add(deadLetter(consumer, polled.message(), e));
                }
            }
        }
        return CompletableFuture.allOf(parked.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(allParked -> batch.ack());
    }

    private boolean appliedTogether(String consumer, List<Polled> events, Consumer<IncomingEvent> effect) {
        if (events.isEmpty()) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> firstSeen = inbox.markFirstSeen(consumer,
                        events.stream().map(polled -> polled.event().id()).toList());
                for (Polled polled : events) {
                    if (firstSeen.remove(polled.event().id())) {
                        traces.consuming(consumer, polled.record(), polled.event(), () -> {
                            effect.accept(polled.event());
                            return null;
                        });
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.debugf(e, "a poll of %d events for %s failed as a whole; applying them one by one", events.size(),
                    consumer);
            return false;
        }
    }

    private static boolean interruptedWhileWaiting(Exception failure) {
        return failure instanceof InterruptedException || Thread.currentThread().isInterrupted()
                || TransientFailures.isTransient(failure);
    }

    private CompletionStage<Void> deadLetter(String consumer, KafkaRecord<String, String> message, Throwable reason) {
        ConsumerRecord<String, String> record = recordOf(message);
        LOG.errorf(reason, "%s dead-letters record %d of %s-%d", consumer, record.offset(), record.topic(),
                record.partition());
        Counter.builder("deliveryhub.inbox.dead.lettered").description("Records a consumer parked in the .dlq topic")
                .tag("consumer", consumer).register(metrics).increment();
        // The root names what failed (a rollback's own message does not); it becomes the dead letter's reason header.
        return message.nack(TransientFailures.rootOf(reason), Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withHeaders(DeadLetterHeaders.of(consumer, service)).build()));
    }

    private static ConsumerRecord<String, String> recordOf(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, String> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("a polled record without its Kafka metadata"));
        return metadata.getRecord();
    }

    private record Polled(KafkaRecord<String, String> message, ConsumerRecord<String, String> record,
            IncomingEvent event) {
    }
}
