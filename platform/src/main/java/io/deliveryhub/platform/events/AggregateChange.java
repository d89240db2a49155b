package io.deliveryhub.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payload of every domain event (docs/architecture.md#events): the aggregate's full state after the change, its
 * version, who made the change, and for updates each changed field with its previous and new value.
 * Commands that people justify (a transition, a decision) carry their {@code reason}.
 * Consumers apply an event only when {@code version} is newer than what they hold.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AggregateChange(long version, String actor, JsonNode state, Map<String, FieldChange> changes,
        String reason) {

    /** States are plain records; dates must travel as ISO strings, as in the HTTP API. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    public record FieldChange(JsonNode from, JsonNode to) {
    }

    /** A new aggregate: nothing changed, everything is new. */
    public static AggregateChange created(long version, String actor, Object state) {
        return new AggregateChange(version, actor, JSON.valueToTree(state), Map.of(), null);
    }

    /**
     * A new aggregate whose state is written straight to JSON text, never built as a tree: for bulk events of hundreds
     * of items, whose tree cost more than the rest of publishing them. The text is what {@link #created} writes, but
     * for decimals: a tree writes them without trailing zeros (7.50 as 7.5), the text as the state holds them.
     */
    public static AggregateChange createdAsText(long version, String actor, Object state) {
        String text;
        try {
            text = JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(state.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
        return new AggregateChange(version, actor, JsonNodeFactory.instance.rawValueNode(new RawValue(text)), Map.of(),
                null);
    }

    /** An update: the changed top-level fields are found by comparing the states before and after. */
    public static AggregateChange updated(long version, String actor, Object before, Object after) {
        JsonNode previous = JSON.valueToTree(before);
        ObjectNode current = JSON.valueToTree(after);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = current.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = previous.path(field.getKey());
            if (!"version".equals(field.getKey()) && !old.equals(field.getValue())) {
                changes.put(field.getKey(), new FieldChange(old.isMissingNode() ? null : old, field.getValue()));
            }
        }
        return new AggregateChange(version, actor, current, changes, null);
    }

    /** The same change, with the reason given for it. */
    public AggregateChange because(String reason) {
        return new AggregateChange(version, actor, state, changes, reason);
    }
}
