package io.deliveryhub.gateway.web;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * The gateway's server span and the W3C trace context of what it forwards: the span continues the caller's trace, or
 * begins one when the caller sent none or a malformed one, and is the parent of the service's work. The caller's own
 * headers are replaced, never passed on. The span is made here rather than by Quarkus's Vert.x HTTP instrumentation
 * (off in application.properties), which cost about a tenth of the gateway's CPU per request (docs/performance.md);
 * the upstream client records no span of its own (see {@code Upstreams}): this one covers the exchange.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /** Every request the front door passes is under this route; what follows it names the upstream (access log). */
    private static final String ROUTE = "/api/*";
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final TextMapGetter<MultiMap> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultiMap headers) {
            return headers.names();
        }

        @Override
        public String get(MultiMap headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public TraceContext(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("io.deliveryhub.gateway");
    }

    /** Front-door handler: opens the request's server span, current until the answer is over, and forwards it. */
    public void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = request.headers();
        Context caller = propagator.extract(Context.root(), headers, HEADERS);
        String method = request.method().name();
        Span span = tracer.spanBuilder(method + " " + ROUTE)
                .setSpanKind(SpanKind.SERVER)
                .setParent(caller)
                .setAttribute(METHOD, method)
                .setAttribute(HTTP_ROUTE, ROUTE)
                .setAttribute(PATH, request.path())
                .setAttribute(SCHEME, request.scheme())
                .startSpan();
        Context current = caller.with(span);
        // on the request's own (duplicated) Vert.x context: the log lines written for it carry its trace and span ids
        Scope scope = current.makeCurrent();
        context.addEndHandler(ended -> {
            int status = context.response().getStatusCode();
            span.setAttribute(STATUS, status);
            if (status >= 500 || ended.failed()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
            scope.close();
        });
        headers.remove(TRACEPARENT).remove(TRACESTATE);
        propagator.inject(current, headers, MultiMap::set);
        context.next();
    }
}
