package io.deliveryhub.gateway.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Who called and over which scheme, as {@link TrustedProxies} judged it at the front door: the connection's own
 * peer and scheme, unless that peer is a trusted proxy that says on whose behalf it forwards.
 */
public record ClientOrigin(String address, String scheme) {

    private static final String KEY = "deliveryhub.client-origin";

    void attach(RoutingContext context) {
        context.put(KEY, this);
    }

    public static ClientOrigin of(RoutingContext context) {
        ClientOrigin origin = context.get(KEY);
        return origin != null ? origin : direct(context.request());
    }

    static ClientOrigin direct(HttpServerRequest request) {
        return new ClientOrigin(request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress(), request.scheme());
    }
}
