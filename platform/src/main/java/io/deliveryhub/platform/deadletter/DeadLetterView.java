package io.deliveryhub.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One dead letter: where it lies in the {@code .dlq} topic (what a replay names), where it came from, who parked it
 * and why, and whether its event has been applied since (by a replay or a redelivery).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeadLetter", examples = """
        {"partition":0,"offset":12,"deadLetteredAt":"2026-12-05T21:14:03.120Z","consumer":"resources.known-projects",\
        "service":"resources-service","reason":"payload lacks version or state",\
        "exception":"io.deliveryhub.platform.events.IncomingEvent$MalformedEvent",\
        "origin":{"topic":"deliveryhub.projects.v1","partition":0,"offset":4711},\
        "eventId":"0193a6f0-7c1e-7d2a-9b3e-2f4c5d6e7f80","eventType":"deliveryhub.project.created.v1",\
        "key":"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f","applied":false}""")
public record DeadLetterView(int partition, long offset, Instant deadLetteredAt, String consumer, String service,
        String reason, String exception, Origin origin, UUID eventId, String eventType, String key,
        @Schema(description = "Whether the event has been applied since it was dead-lettered; always false for a "
                + "record that is not an event") boolean applied) {

    /** The record's place in the topic it was read from. */
    public record Origin(String topic, Integer partition, Long offset) {
    }
}
