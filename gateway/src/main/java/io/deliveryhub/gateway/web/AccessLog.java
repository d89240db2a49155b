package io.deliveryhub.gateway.web;

import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.Caller;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/** One line per request, written when the answer is complete: id, principal, route, status, latency. */
public final class AccessLog {

    private static final Logger LOG = Logger.getLogger("io.deliveryhub.gateway.access");
    private static final String ROUTE = "deliveryhub.route";

    private AccessLog() {
    }

    /** Names the route that answered: an upstream's name, or the gateway's own endpoint. */
    public static void route(RoutingContext context, String route) {
        context.put(ROUTE, route);
    }

    public static void start(RoutingContext context) {
        long began = System.nanoTime();
        context.addEndHandler(ignored -> LOG.info(line(context, began)));
        context.next();
    }

    /** Built by hand: printf-style formatting ({@code %.1f} above all) cost more than the rest of a line, on every request. */
    private static String line(RoutingContext context, long began) {
        Caller caller = Authentication.callerIfAny(context).orElse(null);
        String route = context.get(ROUTE);
        long tenthsOfMillis = ((System.nanoTime() - began) + 50_000) / 100_000;
        return new StringBuilder(160)
                .append("id=").append(RequestIds.of(context))
                .append(" principal=").append(caller == null ? "-" : caller.id())
                .append(" route=").append(route == null ? "-" : route)
                .append(" method=").append(context.request().method())
                .append(" path=").append(context.request().path())
                .append(" status=").append(context.response().getStatusCode())
                .append(" latency_ms=").append(tenthsOfMillis / 10).append('.').append(tenthsOfMillis % 10)
                .toString();
    }
}
