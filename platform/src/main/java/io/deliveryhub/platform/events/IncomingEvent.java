package io.deliveryhub.platform.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.deliveryhub.platform.web.CalendarDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A domain event as a consumer receives it: CloudEvents attributes read from the binary-mode headers, the payload's
 * version, and its state. A record that is not a well-formed event (no JSON, no version, no state object) fails in
 * {@link #from}, and the consumer's failure strategy sends it to the dead-letter topic.
 * <p>
 * The payload is checked by reading it once as a stream, without building it; the state is read when a consumer asks
 * for it: as a tree ({@link #state()}), or bound straight to the consumer's own record ({@link #state(Class)}), which
 * for an import chunk of hundreds of entries costs a fraction of the tree.
 */
public final class IncomingEvent {

    /** Reads states as every consumer did: unknown fields are the producer's business, dates are YYYY-MM-DD. */
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .addModule(CalendarDates.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final UUID id;
    private final String type;
    private final String source;
    private final String subject;
    private final String key;
    private final Instant time;
    private final long version;
    /** The state's text: its part of the payload, found while the payload was checked. */
    private final String stateText;
    private JsonNode state;

    private IncomingEvent(UUID id, String type, String source, String subject, String key, Instant time,
            Payload payload) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.subject = subject;
        this.key = key;
        this.time = time;
        this.version = payload.version();
        this.stateText = payload.state();
    }

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEvent("record has no value");
        }
        Payload payload = Payload.read(record.value());
        return new IncomingEvent(
                uuid(header(record, CloudEventHeaders.ID)),
                header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT),
                record.key(),
                instant(header(record, CloudEventHeaders.TIME)),
                payload);
    }

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public String key() {
        return key;
    }

    public Instant time() {
        return time;
    }

    public long version() {
        return version;
    }

    /** The state as a tree, read on first use. */
    public JsonNode state() {
        if (state == null) {
            try {
                state = JSON.readTree(stateText);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a state read as JSON in from() failed to read again", e);
            }
        }
        return state;
    }

    /**
     * The state bound to a consumer's record, its fields by name, others ignored; a field that cannot be read as its
     * type makes the event malformed.
     */
    public <T> T state(Class<T> type) {
        try {
            return JSON.readValue(stateText, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("state is not a readable " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
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

    /** What a consumer needs of the payload ({@code {"version": .., "state": {..}, ..}}): the version and the state's text. */
    private record Payload(long version, String state) {

        /**
         * The payload read through once, as a tree of it was, and found to hold a version (a number within a long) and
         * a state object; the last of a repeated field counts, as in a tree. Strings and numbers in between are
         * skipped, not decoded.
         */
        static Payload read(String payload) {
            try (JsonParser parser = JSON.createParser(payload)) {
                Long version = null;
                String state = null;
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if ("version".equals(field)) {
                            version = longOf(parser, value);
                        } else if ("state".equals(field)) {
                            state = value == JsonToken.START_OBJECT ? objectText(parser, payload) : null;
                        }
                        parser.skipChildren();
                    }
                } else {
                    parser.skipChildren();
                }
                if (version == null || state == null) {
                    throw new MalformedEvent("payload lacks version or state");
                }
                return new Payload(version, state);
            } catch (JsonProcessingException e) {
                throw new MalformedEvent("payload is not JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string failed", e);
            }
        }

        /** The object the parser is on, as text, the parser left on its end. */
        private static String objectText(JsonParser parser, String payload) throws IOException {
            int start = (int) parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            int end = (int) parser.currentLocation().getCharOffset();
            return payload.substring(start, end);
        }

        /** A number a tree node would convert to a long ({@code canConvertToLong}), as it would ({@code asLong}). */
        private static Long longOf(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : parser.getLongValue();
            }
            if (value == JsonToken.VALUE_NUMBER_FLOAT) {
                double number = parser.getDoubleValue();
                return number >= Long.MIN_VALUE && number <= Long.MAX_VALUE ? (long) number : null;
            }
            return null;
        }
    }

    /** A record on a domain topic that cannot be an event of ours: never retried, dead-lettered. */
    public static class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }
    }
}
