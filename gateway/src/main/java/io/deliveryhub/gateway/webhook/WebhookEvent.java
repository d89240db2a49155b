package io.deliveryhub.gateway.webhook;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A domain event read from a topic (a CloudEvent in Kafka's binary mode: attributes in {@code ce_*} headers, the
 * payload as the value) and what a webhook sends of it: the same event as a structured CloudEvent.
 */
public record WebhookEvent(UUID id, String type, String source, String subject, String key, Instant time,
        JsonObject data) {

    public static WebhookEvent from(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEvent("the record has no value");
        }
        JsonObject data;
        try {
            data = new JsonObject(record.value());
        } catch (DecodeException | ClassCastException e) {
            throw new MalformedEvent("the value is not a JSON object");
        }
        String subject = header(record, "ce_subject");
        return new WebhookEvent(uuid(header(record, "ce_id")), header(record, "ce_type"), header(record, "ce_source"),
                subject, record.key() == null ? subject : record.key(), instant(header(record, "ce_time")), data);
    }

    /** The project an event belongs to: its record key, which is the project's id for everything of a project. */
    public UUID projectId() {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The webhook's body: the CloudEvents 1.0 JSON format. */
    public String cloudEvent() {
        return new JsonObject()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("type", type)
                .put("source", source)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json")
                .put("data", data)
                .encode();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEvent("the header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("ce_id is not a UUID");
        }
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("ce_time is not an RFC 3339 timestamp");
        }
    }

    /** A record on a domain topic that is not an event: skipped (and counted), never delivered. */
    public static class MalformedEvent extends RuntimeException {
        MalformedEvent(String message) {
            super(message, null, false, false);
        }
    }
}
