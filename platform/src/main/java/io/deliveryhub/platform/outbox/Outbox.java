package io.deliveryhub.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Records domain events in the caller's transaction. Nothing reaches Kafka unless the change commits,
 * and nothing that commits is lost: {@link OutboxRelay} publishes it, now or once the broker is back.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxWritten> written;

    public Outbox(ObjectMapper json, Event<OutboxWritten> written) {
        this.json = json;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = event.topic();
        row.recordKey = event.key();
        row.type = event.type();
        row.subject = event.subject();
        row.occurredAt = event.time();
        row.payload = serialize(event);
        row.persist();
        written.fire(new OutboxWritten());
    }

    private String serialize(DomainEvent event) {
        try {
            return json.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.type() + " cannot be serialized", e);
        }
    }
}
