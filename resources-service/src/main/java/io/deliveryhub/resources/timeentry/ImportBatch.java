package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.deliveryhub.platform.problem.BadRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a batch import, {@code {"entries":[...]}}, read straight from the parser item by item. A tree of the
 * whole body (5,000 objects of maps and nodes) cost more to build and collect than the items themselves.
 *
 * @param size how many entries the body holds
 * @param items the entries that could be read, in order
 * @param invalid why each entry that could not be read is refused, by its index
 */
record ImportBatch(int size, List<ImportItem> items, Map<Integer, String> invalid) {

    /**
     * Malformed JSON is left to the parser's exception, which the platform answers with a 400 problem; JSON beyond the
     * parser's limits (a 1,001-digit number, arrays nested a thousand deep) is bad input too, not a failure.
     */
    static ImportBatch read(JsonParser json) throws IOException {
        ImportBatch batch = null;
        try {
            if (json.nextToken() == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    boolean entries = json.currentName().equals("entries");
                    JsonToken value = json.nextToken();
                    if (entries) {
                        // a repeated field counts with its last value, as in a tree
                        batch = value == JsonToken.START_ARRAY ? entries(json) : null;
                    }
                    json.skipChildren();
                }
            }
        } catch (StreamConstraintsException e) {
            throw BadRequest.ofField("body", e.getOriginalMessage());
        }
        if (batch == null) {
            throw BadRequest.ofField("entries", "must be an array of time entries");
        }
        return batch;
    }

    private static ImportBatch entries(JsonParser json) throws IOException {
        List<ImportItem> items = new ArrayList<>();
        Map<Integer, String> invalid = new HashMap<>();
        int size = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (size >= TimeEntryImport.MAX_ENTRIES) {
                json.skipChildren(); // only counted, for the refusal
            } else {
                try {
                    items.add(ImportItem.read(size, json));
                } catch (ImportItem.Invalid e) {
                    invalid.put(size, e.getMessage());
                }
            }
            size++;
        }
        if (size > TimeEntryImport.MAX_ENTRIES) {
            throw BadRequest.ofField("entries", "holds " + size + " items; send at most " + TimeEntryImport.MAX_ENTRIES
                    + " per request");
        }
        return new ImportBatch(size, items, invalid);
    }
}
