package io.deliveryhub.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.tracing.EventTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Records domain events in the caller's transaction. Nothing reaches Kafka unless the change commits,
 * and nothing that commits is lost: {@link OutboxRelay} publishes it, now or once the broker is back.
 * <p>
 * Rows are written with plain JDBC on the transaction's connection, all of a call's events in one round trip:
 * an event row is never read back or changed in the transaction, so Hibernate's insert path per event would be
 * pure overhead for a bulk import.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxWritten> written;
    private final EntityManager entityManager;
    private final EventSizeLimit sizeLimit;
    private final EventTraces traces;
    private final String source;

    public Outbox(ObjectMapper json, Event<OutboxWritten> written, EntityManager entityManager,
            EventSizeLimit sizeLimit, EventTraces traces,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.json = json;
        this.written = written;
        this.entityManager = entityManager;
        this.sizeLimit = sizeLimit;
        this.traces = traces;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    /**
     * Several events of one change, in this order. An event above the size limit refuses the whole change
     * ({@link EventTooLarge}, 413) before anything is written, so the caller's transaction rolls back: the broker
     * would refuse it, and a change whose event cannot be published must not commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> payloads = events.stream().map(this::serialize).toList();
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            long size = EventSizeLimit.recordBytes(payloads.get(i), event.key(), event.type(), event.subject(), source);
            if (!sizeLimit.admits(size)) {
                throw new EventTooLarge(event.type(), size, sizeLimit.maxBytes());
            }
        }
        String traceparent = traces.currentTraceparent();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (id, topic, record_key, type, subject, occurred_at, payload, traceparent)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < events.size(); i++) {
                    DomainEvent event = events.get(i);
                    insert.setObject(1, event.id());
                    insert.setString(2, event.topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type());
                    insert.setString(5, event.subject());
                    insert.setObject(6, event.time().atOffset(ZoneOffset.UTC));
                    insert.setString(7, payloads.get(i));
                    insert.setString(8, traceparent);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
