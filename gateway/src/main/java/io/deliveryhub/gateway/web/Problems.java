package io.deliveryhub.gateway.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 documents for the answers the gateway gives itself, with the same types the services use. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://deliveryhub.io/problems/";

    private Problems() {
    }

    public static JsonObject problem(String type, String title, int status, String detail, String instance) {
        return new JsonObject()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }

    public static void respond(RoutingContext context, String type, String title, int status, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem(type, title, status, detail, context.request().path()).encode());
    }
}
