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
        context.addEndHandler(ignored -> {
            Caller caller = Authentication.callerIfAny(context).orElse(null);
            String route = context.get(ROUTE);
            LOG.infof("id=%s principal=%s route=%s method=%s path=%s status=%d latency_ms=%.1f",
                    RequestIds.of(context), caller == null ? "-" : caller.id(), route == null ? "-" : route,
                    context.request().method(), context.request().path(), context.response().getStatusCode(),
                    (System.nanoTime() - began) / 1e6);
        });
        context.next();
    }
}
