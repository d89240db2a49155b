package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.web.AccessLog;
import io.deliveryhub.gateway.web.ClientOrigin;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.Problems;
import io.deliveryhub.gateway.web.RouteOrder;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of every {@code /api/*} request the gateway does not answer itself: streamed to the
 * service that owns its path (bodies are never buffered) with the gateway's internal JWT in place of the
 * caller's credential. A service that cannot answer becomes a problem document.
 */
@ApplicationScoped
public class ApiProxy {

    private final Upstreams upstreams;
    private final InternalTokens tokens;
    private final Traffic traffic;
    private final CallerLimits callerLimits;

    public ApiProxy(Upstreams upstreams, InternalTokens tokens, Traffic traffic, CallerLimits callerLimits) {
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.traffic = traffic;
        this.callerLimits = callerLimits;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteOrder.PROXY).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        Upstream upstream = upstreams.owning(request.path())
                .orElseThrow(() -> GatewayProblem.notFound("No service serves " + request.path()));
        AccessLog.route(context, upstream.name());
        Caller caller = Authentication.caller(context);
        enter(context, callerLimits, caller, upstream);
        Upstream.Attempt attempt = upstream.admit(caller.id());
        forwardedHeaders(request, ClientOrigin.of(context), tokens.tokenFor(caller, upstream.name()));
        ProxiedExchange.start(request, attempt, traffic.bodyLimitFor(request.path()),
                problem -> Problems.respond(context, problem));
    }

    /** Takes one of the caller's places at the upstream until the answer is over (429 when it has none left). */
    public static void enter(RoutingContext context, CallerLimits limits, Caller caller, Upstream upstream) {
        Runnable leave = limits.enter(caller.id(), upstream.name());
        context.addEndHandler(ignored -> leave.run());
    }

    /**
     * What every service receives instead of the caller's credential. Services build links (Location) from the
     * forwarding headers, so only the gateway's own reach them: a caller's would redirect those links. The scheme
     * and address are the origin's, which a trusted proxy in front of the gateway may have named.
     */
    public static void forwardedHeaders(HttpServerRequest request, ClientOrigin origin, String internalToken) {
        MultiMap headers = request.headers();
        List<String> claimed = new ArrayList<>();
        for (String name : headers.names()) {
            if (name.regionMatches(true, 0, "X-Forwarded-", 0, 12) || name.equalsIgnoreCase("Forwarded")) {
                claimed.add(name);
            }
        }
        claimed.forEach(headers::remove);
        headers.remove(ApiKeys.HEADER)
                .set("Authorization", "Bearer " + internalToken)
                .set("X-Forwarded-Host", request.authority() == null ? request.host() : request.authority().toString())
                .set("X-Forwarded-Proto", origin.scheme())
                .set("X-Forwarded-For", origin.address());
    }
}
