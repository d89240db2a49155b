package io.deliveryhub.gateway.views;

import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.routing.Upstream;
import io.deliveryhub.gateway.routing.Upstreams;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.RequestIds;
import io.deliveryhub.gateway.web.TraceContext;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * GETs on the caller's behalf for a composite view: with the caller's internal token for each service,
 * request id and trace, through the same upstreams (breakers, timeouts) as proxied requests.
 */
final class Fetch {

    /**
     * One part's outcome: its JSON, or why it is missing, with the service's problem document if it sent one, or the
     * gateway's own refusal if the request never got an answer (busy, its breaker open, timed out).
     */
    record Part(Object json, int status, String failure, JsonObject problem, GatewayProblem refusal) {

        Part(Object json, int status, String failure) {
            this(json, status, failure, null, null);
        }

        boolean ok() {
            return failure == null;
        }

        JsonObject object() {
            return json instanceof JsonObject object ? object : null;
        }

        /** A list answer, paged ({@code items}) or plain. */
        JsonArray items() {
            if (json instanceof JsonArray array) {
                return array;
            }
            return json instanceof JsonObject page ? page.getJsonArray("items", new JsonArray()) : new JsonArray();
        }
    }

    private final Upstreams upstreams;
    private final InternalTokens tokens;
    private final Caller caller;
    private final MultiMap headers = MultiMap.caseInsensitiveMultiMap();

    Fetch(Upstreams upstreams, InternalTokens tokens, RoutingContext context) {
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.caller = Authentication.caller(context);
        headers.add("Accept", "application/json")
                .add(RequestIds.HEADER, RequestIds.of(context));
        String traceparent = context.request().getHeader(TraceContext.TRACEPARENT);
        if (traceparent != null) {
            headers.add(TraceContext.TRACEPARENT, traceparent);
        }
    }

    /** Never fails: a failure is a Part that says what went wrong. */
    Future<Part> get(String name, String uri) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        Upstream upstream = upstreams.owning(path).orElse(null);
        if (upstream == null) {
            return Future.succeededFuture(new Part(null, 0, name + ": no service serves " + path));
        }
        MultiMap request = MultiMap.caseInsensitiveMultiMap().addAll(headers)
                .add("Authorization", "Bearer " + tokens.tokenFor(caller, upstream.name()));
        return upstream.exchange(HttpMethod.GET, uri, request, null, caller.id())
                .map(reply -> {
                    if (reply.status() != 200) {
                        return new Part(null, reply.status(),
                                name + ": the " + upstream.name() + " service answered " + reply.status(),
                                problemIn(reply), null);
                    }
                    try {
                        return new Part(reply.body().toJson(), 200, null);
                    } catch (RuntimeException notJson) {
                        return new Part(null, 200, name + ": the " + upstream.name() + " service answered no JSON");
                    }
                })
                .otherwise(failure -> failure instanceof GatewayProblem refusal
                        ? new Part(null, refusal.status(), name + ": " + refusal.getMessage(), null, refusal)
                        : new Part(null, 502, name + ": " + failure.getMessage()));
    }

    /** The service's problem document, kept so that its refusal of the caller's input reaches the caller. */
    private static JsonObject problemIn(Upstream.Reply reply) {
        try {
            return reply.body() == null || reply.body().length() == 0 ? null : reply.body().toJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static <T> Future<List<T>> all(List<Future<T>> futures) {
        return Future.all(futures).map(done -> done.<T>list());
    }
}
