package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.UUID;

/**
 * The state of a {@code deliveryhub.time-entries.imported.v1} event: the JSON {@code AggregateChange.created} makes
 * of a {@link TimeEntryImport.ImportedChunk}, character for character, but with its entries written straight to
 * text, because building a tree of nodes for 500 entries only to turn it into text is wasted work on the import's
 * busiest path (see docs/performance.md).
 */
final class ImportedChunkState {

    private static final JsonStringEncoder ESCAPES = JsonStringEncoder.getInstance();

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

    /**
     * Written by hand, field for field as Jackson's generator writes them: only the caller's strings (the external
     * reference) can need escaping, and checking every uuid, date and name character by character was most of the
     * generator's time.
     */
    private static String text(List<ImportedEntry> entries) {
        StringBuilder json = new StringBuilder(entries.size() * 420).append('[');
        for (ImportedEntry entry : entries) {
            if (json.length() > 1) {
                json.append(',');
            }
            write(json, entry);
        }
        return json.append(']').toString();
    }

    private static void write(StringBuilder json, ImportedEntry entry) {
        json.append("{\"id\":\"").append(entry.id())
                .append("\",\"version\":").append(entry.version())
                .append(",\"change\":\"").append(entry.change())
                .append("\",\"personId\":\"").append(entry.personId())
                .append("\",\"projectId\":\"").append(entry.projectId())
                .append("\",\"date\":\"").append(entry.date())
                // A tree keeps decimals without trailing zeros (Jackson's default), so 7.50 has always travelled as 7.5;
                // and a generator writes a decimal with toString(), as here.
                .append("\",\"hours\":").append(entry.hours().stripTrailingZeros())
                .append(",\"billable\":").append(entry.billable())
                .append(",\"status\":\"").append(entry.status().name()).append("\",\"cost\":");
        if (entry.cost() == null) {
            json.append("null");
        } else {
            // a decimal's text (digits, sign, point, exponent) never needs escaping
            json.append("{\"amount\":\"").append(entry.cost().amount()).append("\",\"currency\":");
            string(json, entry.cost().currency());
            json.append('}');
        }
        json.append(",\"costed\":").append(entry.costed()).append(",\"externalRef\":");
        if (entry.externalRef() == null) {
            json.append("null");
        } else {
            json.append("{\"system\":");
            string(json, entry.externalRef().system());
            json.append(",\"id\":");
            string(json, entry.externalRef().id());
            json.append('}');
        }
        json.append('}');
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        ESCAPES.quoteAsString(value, json);
        json.append('"');
    }
}
