package io.deliveryhub.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A domain event as a consumer receives it: CloudEvents attributes read from the binary-mode headers,
 * the payload parsed. A record that is not a well-formed event fails here, and the consumer's
 * failure strategy sends it to the dead-letter topic.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, String key, Instant time,
        long version, JsonNode state) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEvent("record has no value");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("payload is not JSON: " + e.getOriginalMessage());
        }
        if (payload == null || !payload.path("version").canConvertToLong() || !payload.path("state").isObject()) {
            throw new MalformedEvent("payload lacks version or state");
        }
        return new IncomingEvent(
                uuid(header(record, CloudEventHeaders.ID)),
                header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT),
                record.key(),
                instant(header(record, CloudEventHeaders.TIME)),
                payload.get("version").asLong(),
                payload.get("state"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEvent("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("ce_id is not a UUID: " + value);
        }
    }

    private static Instant instant(String value) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedEvent("ce_time is not an RFC 3339 timestamp: " + value);
        }
    }

    /** A record on a domain topic that cannot be an event of ours: never retried, dead-lettered. */
    public static class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }
    }
}
