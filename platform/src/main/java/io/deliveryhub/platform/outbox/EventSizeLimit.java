package io.deliveryhub.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one size limit of an event ({@code deliveryhub.events.max-bytes}): the producer's {@code max.request.size},
 * the topics' {@code max.message.bytes} and the broker's {@code message.max.bytes} are all set from the same
 * value, and an event is measured as the Kafka record it becomes (payload, key and CloudEvents headers plus the
 * batch framing), so an event this class lets through is never refused by the broker for its size.
 */
@ApplicationScoped
public class EventSizeLimit {

    /**
     * The ce_* header names, the fixed-size header values (specversion, id, time, content type) and the record
     * batch's own framing (61 bytes of batch header, a few varints per record and header), rounded up.
     */
    static final int ENVELOPE_BYTES = 512;

    private final int maxBytes;

    public EventSizeLimit(@ConfigProperty(name = "deliveryhub.events.max-bytes") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The size of the Kafka record an event becomes, in bytes. */
    public static long recordBytes(String payload, String key, String type, String subject, String source) {
        return utf8Length(payload) + utf8Length(key) + utf8Length(type) + utf8Length(subject) + utf8Length(source)
                + ENVELOPE_BYTES;
    }

    public boolean admits(long recordBytes) {
        return recordBytes <= maxBytes;
    }

    /** UTF-8 length without copying the text: import events are about 100 kB each, thousands per import. */
    static long utf8Length(CharSequence text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
