package io.deliveryhub.gateway.web;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * W3C trace context for what the gateway forwards: the gateway's server span (OpenTelemetry's, which continues the
 * caller's trace, or begins one when the caller sent none or a malformed one) is the parent of the service's work.
 * The caller's own headers are replaced, never passed on. The upstream client records no span of its own (see
 * {@code Upstreams}): the server span already covers the exchange.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private final TextMapPropagator propagator;

    public TraceContext(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    public void forward(RoutingContext context) {
        MultiMap headers = context.request().headers();
        headers.remove(TRACEPARENT).remove(TRACESTATE);
        propagator.inject(Context.current(), headers, MultiMap::set);
        context.next();
    }
}
