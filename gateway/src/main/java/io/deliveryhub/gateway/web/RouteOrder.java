package io.deliveryhub.gateway.web;

/**
 * The order of the handlers under {@code /api/*}: the common front (ids, identification, limits) for
 * every request, then the endpoints the gateway answers itself, then the proxy for everything else.
 * All after Quarkus's own filters (CORS among them), whose routes come before the default order.
 */
public final class RouteOrder {

    public static final int FRONT = 10_000;
    public static final int GATEWAY_ENDPOINTS = 10_001;
    public static final int PROXY = 10_002;

    private RouteOrder() {
    }
}
