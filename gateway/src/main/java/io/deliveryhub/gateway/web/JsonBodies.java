package io.deliveryhub.gateway.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reading the small JSON bodies of the gateway's own endpoints, with 400 problems for what is malformed. */
public final class JsonBodies {

    /** The gateway's own endpoints take small bodies only. */
    public static final BodyHandler SMALL = BodyHandler.create(false).setBodyLimit(64 * 1024);

    private JsonBodies() {
    }

    public static JsonObject object(RoutingContext context) {
        try {
            JsonObject body = context.body().asJsonObject();
            if (body == null) {
                throw new GatewayProblem(400, "malformed-json", "Bad Request", "A JSON object is required");
            }
            return body;
        } catch (DecodeException | ClassCastException e) {
            throw new GatewayProblem(400, "malformed-json", "Bad Request", "The body is not a JSON object");
        }
    }

    public static String text(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value != null && !(value instanceof String)) {
            throw GatewayProblem.badRequest(field, "must be a string");
        }
        return (String) value;
    }

    public static Set<String> texts(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(String.class::isInstance)) {
            throw GatewayProblem.badRequest(field, "must be a list of strings");
        }
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(item -> texts.add((String) item));
        return texts;
    }

    public static Integer integer(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value != null && !(value instanceof Integer)) {
            throw GatewayProblem.badRequest(field, "must be an integer");
        }
        return (Integer) value;
    }
}
