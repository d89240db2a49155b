package io.deliveryhub.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * The state of a {@code deliveryhub.outbox.event-parked.v1} event: which service could not publish which event,
 * and why. Small by design, so the notice of a too-large event is never too large itself.
 */
public record ParkedEventNotice(String service, UUID eventId, String type, String topic, long sizeBytes,
        String reason, Instant parkedAt) {

    public static final String TYPE = "deliveryhub.outbox.event-parked.v1";
    /** Reasons are Kafka's messages; a notice keeps their start. */
    private static final int REASON_CHARS = 1000;

    static ParkedEventNotice of(String service, ParkedEvent event) {
        String reason = event.reason().length() <= REASON_CHARS ? event.reason()
                : event.reason().substring(0, REASON_CHARS);
        return new ParkedEventNotice(service, event.id(), event.type(), event.topic(), event.sizeBytes(), reason,
                event.parkedAt());
    }
}
