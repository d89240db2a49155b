package io.deliveryhub.projects.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectHistoryEntry", description = "One event in a project's audit trail", examples = """
        {"eventId":"0b8f6f1e-6c1e-4a43-9d55-2f3c1b8f0c11","type":"deliveryhub.project.status-changed.v1",
         "subjectId":"7a0c6a58-3f55-4c36-a3c1-1c1f1d3e9b20","version":3,"actor":"person-5f1c...",
         "time":"2026-03-02T09:15:00Z","changes":{"status":{"from":"PLANNING","to":"ACTIVE"}}}""")
public record HistoryEntryView(UUID eventId, String type, UUID subjectId, long version, String actor, Instant time,
        @Schema(type = SchemaType.OBJECT, description = "changed fields, each {from, to}; null for creations") JsonNode changes) {

    static HistoryEntryView of(ProjectHistoryEntry entry, ObjectMapper json) {
        try {
            return new HistoryEntryView(entry.eventId, entry.type, entry.subjectId, entry.version, entry.actor,
                    entry.occurredAt, entry.changes == null ? null : json.readTree(entry.changes));
        } catch (com.fasterxml.jackson.core.JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
