package io.deliveryhub.platform.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An outbox event Kafka refuses for good, kept with the reason until an ADMIN re-queues it.
 *
 * @param sizeBytes its size as a Kafka record (payload, key and headers), as measured against the limit
 */
@Schema(name = "ParkedEvent", examples = """
        {"id":"0f8fad5b-d9cb-469f-a165-70867728950e","type":"deliveryhub.project-template.created.v1",\
        "topic":"deliveryhub.projects.v1","key":"7c9e6679-7425-40de-944b-e07fc1f90ae7",\
        "subject":"7c9e6679-7425-40de-944b-e07fc1f90ae7","occurredAt":"2026-12-05T10:15:30Z","sizeBytes":1262144,\
        "reason":"RecordTooLarge: the event is 1262144 bytes as a Kafka record, above deliveryhub.events.max-bytes (1048576)",\
        "parkedAt":"2026-12-05T10:15:31Z"}""")
public record ParkedEvent(UUID id, String type, String topic, String key, String subject, Instant occurredAt,
        long sizeBytes, String reason, Instant parkedAt) {

    static ParkedEvent of(OutboxEvent row) {
        return new ParkedEvent(row.id, row.type, row.topic, row.recordKey, row.subject, row.occurredAt,
                row.recordBytes == null ? 0 : row.recordBytes, row.parkedReason, row.parkedAt);
    }
}
