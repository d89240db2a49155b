package io.deliveryhub.platform.inbox;

import io.deliveryhub.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.faulttolerance.Retry;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The idempotent side of every consumer: the event id is recorded in the same transaction as the
 * effect, so both commit together or not at all and a redelivered event has no second effect.
 * A record that is not a well-formed event is rethrown at once; the channel's dead-letter failure
 * strategy then parks it in {@code <topic>.dlq} and moves on. Any other failure (a database hiccup, a
 * lock timeout) is retried in a fresh transaction first, so a good event is not dead-lettered by bad luck.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param consumer names the read model being fed, so two consumers of one topic keep separate records
     * @return whether the effect ran (false for a redelivery)
     */
    @Retry(maxRetries = 3, delay = 500, jitter = 200, abortOn = IncomingEvent.MalformedEvent.class)
    public boolean handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        return QuarkusTransaction.requiringNew().call(() -> handleInCurrentTransaction(consumer, event, effect));
    }

    /**
     * The same, in the caller's transaction and without retries: for a replay that applies many events in one
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handleInCurrentTransaction(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        boolean first = entityManager.createNativeQuery(
                "insert into inbox (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .executeUpdate() == 1;
        if (first) {
            effect.accept(event);
        }
        return first;
    }
}
