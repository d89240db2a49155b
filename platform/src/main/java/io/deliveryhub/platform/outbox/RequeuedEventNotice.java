package io.deliveryhub.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * The state of a {@code deliveryhub.outbox.event-requeued.v1} event: an ADMIN put a parked event back in line, so
 * the alert its parking raised can resolve (if Kafka refuses it again, it is parked and announced again).
 */
public record RequeuedEventNotice(String service, UUID eventId, String type, Instant requeuedAt) {

    public static final String TYPE = "deliveryhub.outbox.event-requeued.v1";
}
