package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.resources.ResourcesTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of an import: one {@code deliveryhub.time-entries.imported.v1} per project and chunk of entries, keyed by
 * the project like every time-entry event, their state serialized by the same mapper as the single entries' events,
 * straight to text ({@link AggregateChange#createdAsText}): a tree of 500 entries costs more to build than to write.
 */
final class ImportedChunks {

    /** Keeps an event of the longest entries within the event size limit. */
    static final int SIZE = 500;

    /** The state of an imported event: a chunk of one project's entries, each with its own version. */
    public record ImportedChunk(UUID id, UUID projectId, int count, List<ImportedEntry> entries) {
    }

    private ImportedChunks() {
    }

    /** @param entries the entries the import wrote, in the order of the batch */
    static List<DomainEvent> events(List<ImportedEntry> entries, String actor, Instant now) {
        Map<UUID, List<ImportedEntry>> byProject = new LinkedHashMap<>();
        for (ImportedEntry entry : entries) {
            byProject.computeIfAbsent(entry.projectId(), id -> new ArrayList<>()).add(entry);
        }
        List<DomainEvent> events = new ArrayList<>();
        byProject.forEach((projectId, ofProject) -> {
            for (int from = 0; from < ofProject.size(); from += SIZE) {
                List<ImportedEntry> chunk = ofProject.subList(from, Math.min(ofProject.size(), from + SIZE));
                UUID chunkId = UUID.randomUUID();
                events.add(ResourcesTopic.event(TimeEntryImport.IMPORTED, projectId, chunkId, now,
                        AggregateChange.createdAsText(1, actor,
                                new ImportedChunk(chunkId, projectId, chunk.size(), chunk))));
            }
        });
        return events;
    }
}
