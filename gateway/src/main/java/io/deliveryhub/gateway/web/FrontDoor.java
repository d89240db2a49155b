package io.deliveryhub.gateway.web;

import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.ratelimit.RateLimits;
import io.deliveryhub.gateway.routing.Traffic;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every {@code /api/*} request passes before anything answers it: a request id and trace context,
 * its timing, where it comes from (through a trusted proxy or not), the access log, identification of the caller,
 * the caller's rate limit, refusal of callers without a valid credential, and the body limit. Failures anywhere below become problem documents.
 */
@ApplicationScoped
public class FrontDoor {

    private final Authentication authentication;
    private final RateLimits rateLimits;
    private final Traffic traffic;
    private final TraceContext traceContext;
    private final TrustedProxies trustedProxies;
    private final ResponseTimes responseTimes;

    public FrontDoor(Authentication authentication, RateLimits rateLimits, Traffic traffic,
            TraceContext traceContext, TrustedProxies trustedProxies, ResponseTimes responseTimes) {
        this.authentication = authentication;
        this.rateLimits = rateLimits;
        this.traffic = traffic;
        this.traceContext = traceContext;
        this.trustedProxies = trustedProxies;
        this.responseTimes = responseTimes;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteOrder.FRONT)
                .handler(RequestIds::assign)
                .handler(traceContext::forward)
                .handler(responseTimes::start)
                .handler(trustedProxies::identify)
                .handler(AccessLog::start)
                .handler(authentication::handle)
                .handler(rateLimits::limit)
                .handler(Authentication::requireCaller)
                .handler(this::limitBody)
                .failureHandler(Problems::failureHandler);
    }

    /** Declared sizes only: a chunked body is counted by the service or the gateway endpoint reading it. */
    private void limitBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long limit = traffic.bodyLimitFor(context.request().path());
        if (length != null && declaredLength(length) > limit) {
            context.response().putHeader("Connection", "close");
            context.fail(new GatewayProblem(413, "payload-too-large", "Payload Too Large",
                    "The body may have at most " + limit + " bytes on this route"));
            return;
        }
        context.next();
    }

    /** The Content-Length as a number; one that is not a number is taken as too large. */
    public static long declaredLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
