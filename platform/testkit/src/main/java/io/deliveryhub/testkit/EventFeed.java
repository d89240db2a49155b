package io.deliveryhub.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Feeds a consumer under test the way a producing service would: CloudEvents binary-mode records on a
 * domain topic, starting from the producer's committed examples ({@link EventSchemas#example}).
 */
public final class EventFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFeed() {
    }

    /** The producer's example payload of this event type, to adjust and publish. */
    public static ObjectNode example(String type) {
        try {
            return (ObjectNode) JSON.readTree(EventSchemas.example(type));
        } catch (JsonProcessingException e) {
            throw new AssertionError("example of " + type + " is not JSON", e);
        }
    }

    /** Publishes a new event and returns its id. */
    public static UUID publish(String topic, String type, String key, ObjectNode payload) {
        UUID id = UUID.randomUUID();
        publish(id, topic, type, key, payload);
        return id;
    }

    /** Publishes with a given event id: the same id twice is a redelivery. */
    public static void publish(UUID eventId, String topic, String type, String key, ObjectNode payload) {
        publish(eventId, Instant.now(), topic, type, key, payload);
    }

    /** Publishes a new event that happened at {@code time}, as a producer's late or replayed event would say. */
    public static void publishAt(Instant time, String topic, String type, String key, ObjectNode payload) {
        publish(UUID.randomUUID(), time, topic, type, key, payload);
    }

    private static void publish(UUID eventId, Instant time, String topic, String type, String key, ObjectNode payload) {
        String subject = payload.path("state").path("id").asText(key);
        TopicClient.write(topic, key, payload.toString(), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId.toString(),
                "ce_source", "test-feed",
                "ce_type", type,
                "ce_subject", subject,
                "ce_time", time.toString(),
                "content-type", "application/json"));
    }
}
