package io.deliveryhub.metrics.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rebuild of the read models and how far it has gone. */
@Schema(name = "ReadModelRebuild", example = """
        {"id":"0b5e7c1a-9d3f-4a2b-8c6d-1e2f3a4b5c6d","status":"RUNNING","startedAt":"2026-03-31T08:00:00Z",
         "finishedAt":null,"failure":null,
         "topics":[{"topic":"deliveryhub.projects.v1","replayed":41200,"skipped":2,"total":120000}]}""")
public record RebuildView(UUID id, RebuildStatus status, Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Why it FAILED; null otherwise", nullable = true) String failure,
        List<TopicProgress> topics) {

    /**
     * @param replayed records handled so far
     * @param skipped records that are not readable events (the live channel parks them in the DLQ); they count
     *        as done
     * @param total records from the beginning of the topic to its end when the rebuild started
     */
    @Schema(name = "ReadModelRebuildTopic")
    public record TopicProgress(String topic, long replayed, long skipped, long total) {
    }
}
