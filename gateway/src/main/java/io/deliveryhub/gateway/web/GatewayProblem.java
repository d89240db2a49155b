package io.deliveryhub.gateway.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * An answer the gateway gives itself, as RFC 9457 problem+json: thrown from handlers or failed futures and
 * written by {@link Problems#failureHandler}, so no handler builds an error response by hand.
 */
public class GatewayProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final JsonArray errors;
    private final Map<String, String> headers;

    public GatewayProblem(int status, String type, String title, String detail, JsonArray errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public GatewayProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, null, Map.of());
    }

    public static GatewayProblem badRequest(String field, String message) {
        return new GatewayProblem(400, "validation", "Bad Request", field + ": " + message,
                new JsonArray().add(new JsonObject().put("field", field).put("message", message)), Map.of());
    }

    public static GatewayProblem notFound(String detail) {
        return new GatewayProblem(404, "not-found", "Not Found", detail);
    }

    public static GatewayProblem forbidden(String detail) {
        return new GatewayProblem(403, "forbidden", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public JsonArray errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
