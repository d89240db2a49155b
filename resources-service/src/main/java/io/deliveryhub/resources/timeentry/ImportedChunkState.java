package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The state of a {@code deliveryhub.time-entries.imported.v1} event: the JSON {@code AggregateChange.created} makes
 * of a {@link TimeEntryImport.ImportedChunk}, character for character, but with its entries written straight to
 * text. Turning 500 entries into a tree of nodes first, and that tree into text, took a quarter of an import's CPU.
 */
final class ImportedChunkState {

    private static final JsonFactory JSON = new JsonFactory();

    private ImportedChunkState() {
    }

    static JsonNode of(UUID chunkId, UUID projectId, List<ImportedEntry> entries) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("id", chunkId.toString());
        state.put("projectId", projectId.toString());
        state.put("count", entries.size());
        state.putRawValue("entries", new RawValue(text(entries)));
        return state;
    }

    private static String text(List<ImportedEntry> entries) {
        StringWriter out = new StringWriter(entries.size() * 400);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (ImportedEntry entry : entries) {
                write(json, entry);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, ImportedEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entry.id().toString());
        json.writeNumberField("version", entry.version());
        json.writeStringField("change", entry.change());
        json.writeStringField("personId", entry.personId().toString());
        json.writeStringField("projectId", entry.projectId().toString());
        json.writeStringField("date", entry.date().toString());
        // A tree keeps decimals without trailing zeros (Jackson's default), so 7.50 has always travelled as 7.5.
        json.writeNumberField("hours", entry.hours().stripTrailingZeros());
        json.writeBooleanField("billable", entry.billable());
        json.writeStringField("status", entry.status().name());
        if (entry.cost() == null) {
            json.writeNullField("cost");
        } else {
            json.writeObjectFieldStart("cost");
            json.writeStringField("amount", entry.cost().amount().toString());
            json.writeStringField("currency", entry.cost().currency());
            json.writeEndObject();
        }
        json.writeBooleanField("costed", entry.costed());
        if (entry.externalRef() == null) {
            json.writeNullField("externalRef");
        } else {
            json.writeObjectFieldStart("externalRef");
            json.writeStringField("system", entry.externalRef().system());
            json.writeStringField("id", entry.externalRef().id());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
