package io.deliveryhub.gateway.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/** RFC 9457 documents for the answers the gateway gives itself, with the same types the services use. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://deliveryhub.io/problems/";
    private static final Logger LOG = Logger.getLogger(Problems.class);

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
        respond(context, new GatewayProblem(status, type, title, detail));
    }

    public static void respond(RoutingContext context, GatewayProblem problem) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        String path = context.request().path();
        // a refused path may be as long as Netty's limit: the document names its start only
        JsonObject body = problem(problem.type(), problem.title(), problem.status(), problem.getMessage(),
                path == null || path.length() <= 1024 ? path : path.substring(0, 1024));
        if (problem.errors() != null) {
            body.put("errors", problem.errors());
        }
        problem.headers().forEach(context.response()::putHeader);
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body.encode());
    }

    /** The last word on any failure under {@code /api}: a problem, never a stack trace or an empty 500. */
    public static void failureHandler(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof GatewayProblem problem) {
            respond(context, problem);
        } else if (context.statusCode() == 413) {
            respond(context, "payload-too-large", "Payload Too Large", 413, "The request body is too large");
        } else if (context.statusCode() >= 400 && context.statusCode() < 500) {
            respond(context, "bad-request", "Bad Request", context.statusCode(), "The request cannot be read");
        } else {
            LOG.errorf(failure, "request %s failed", context.request().path());
            respond(context, "internal", "Internal Server Error", 500,
                    "The gateway could not answer; the request id identifies it in the logs");
        }
    }
}
