package io.deliveryhub.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.platform.problem.InputErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7396) onto an API record: the current state as that record, the patch applied,
 * the result read back into the record (400 on wrong types) and bean-validated (400 with field errors).
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param immutable fields the patch may not name (such as a project's key): naming one is a 400
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type, Set<String> immutable) {
        if (patch == null || !patch.isObject()) {
            throw BadRequest.ofField("body", "must be a JSON object (application/merge-patch+json)");
        }
        for (String field : immutable) {
            if (patch.has(field)) {
                throw BadRequest.ofField(field, "cannot be changed");
            }
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (IOException wrongType) {
            FieldError error = InputErrors.of(wrongType);
            throw BadRequest.ofField(error.field(), error.message());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
