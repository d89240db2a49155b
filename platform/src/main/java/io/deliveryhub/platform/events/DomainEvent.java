package io.deliveryhub.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be published: where it goes (topic and record key) and its CloudEvents attributes.
 * The payload is an {@link AggregateChange}, serialized to JSON when it enters the outbox.
 *
 * @param key the Kafka record key: the project id for everything that belongs to a project, else the aggregate id
 * @param subject the aggregate the event is about (CloudEvents {@code subject})
 */
public record DomainEvent(UUID id, String topic, String type, String key, String subject, Instant time,
        AggregateChange payload) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }

    public static DomainEvent of(String topic, String type, UUID key, UUID subject, Instant time,
            AggregateChange payload) {
        return new DomainEvent(UUID.randomUUID(), topic, type, key.toString(), subject.toString(), time, payload);
    }
}
