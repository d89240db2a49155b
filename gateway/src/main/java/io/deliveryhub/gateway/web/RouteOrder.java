package io.deliveryhub.gateway.web;

/**
 * The order of the handlers under {@code /api/*}: the common front (ids, identification, limits) for
 * every request, then the endpoints the gateway answers itself, then the proxy for everything else.
 */
public final class RouteOrder {

    public static final int FRONT = -1000;
    public static final int GATEWAY_ENDPOINTS = 0;
    public static final int PROXY = 1000;

    private RouteOrder() {
    }
}
