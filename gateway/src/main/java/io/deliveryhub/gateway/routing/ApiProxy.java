package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.web.AccessLog;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.Problems;
import io.deliveryhub.gateway.web.RouteOrder;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;

/**
 * The last step of every {@code /api/*} request the gateway does not answer itself: streamed to the
 * service that owns its path (Vert.x HTTP proxy; bodies are never buffered) with the gateway's internal
 * JWT in place of the caller's credential. A service that cannot answer becomes a problem document.
 */
@ApplicationScoped
public class ApiProxy {

    private static final String TOO_LARGE = "deliveryhub.too-large";

    private final Upstreams upstreams;
    private final InternalTokens tokens;
    private final Traffic traffic;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public ApiProxy(Upstreams upstreams, InternalTokens tokens, Traffic traffic) {
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.traffic = traffic;
    }

    void install(@Observes Router router) {
        upstreams.all().forEach((name, upstream) -> proxies.put(name, proxyTo(upstream)));
        router.route("/api/*").order(RouteOrder.PROXY).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        Upstream upstream = upstreams.owning(request.path())
                .orElseThrow(() -> GatewayProblem.notFound("No service serves " + request.path()));
        AccessLog.route(context, upstream.name());
        upstream.admit();
        forwardedHeaders(request, tokens.tokenFor(Authentication.caller(context)));
        proxies.get(upstream.name()).handle(request);
    }

    /** What every service receives instead of the caller's credential. */
    public static void forwardedHeaders(HttpServerRequest request, String internalToken) {
        MultiMap headers = request.headers();
        headers.remove(ApiKeys.HEADER)
                .set("Authorization", "Bearer " + internalToken)
                .set("X-Forwarded-Host", request.authority() == null ? request.host() : request.authority().toString())
                .set("X-Forwarded-Proto", request.scheme())
                .set("X-Forwarded-For", request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
    }

    private HttpProxy proxyTo(Upstream upstream) {
        HttpProxy proxy = HttpProxy.reverseProxy(upstream.client())
                .originRequestProvider((request, ignored) -> upstream.open(request.method(), request.uri(), request.path()));
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                String path = context.request().proxiedRequest().path();
                Body body = context.request().getBody();
                if (body != null && body.length() < 0) {
                    // a declared length was checked at the front door; an undeclared one is counted here
                    context.request().setBody(Body.body(new LimitedBody(body.stream(), traffic.bodyLimitFor(path),
                            () -> context.set(TOO_LARGE, Boolean.TRUE))));
                }
                return context.sendRequest()
                        .andThen(sent -> {
                            if (sent.succeeded()) {
                                upstream.outcome(sent.result().getStatusCode());
                            }
                        })
                        .recover(failure -> {
                            if (context.request().proxiedRequest().response().closed()) {
                                // The caller hung up and the exchange was broken off on its account: no fault of the
                                // service, so not counted against its breaker (callers leaving would open it for everyone).
                                return Future.failedFuture(failure);
                            }
                            GatewayProblem problem = context.get(TOO_LARGE, Boolean.class) != null
                                    ? new GatewayProblem(413, "payload-too-large", "Payload Too Large",
                                            "The body may have at most " + traffic.bodyLimitFor(path) + " bytes on this route",
                                            null, java.util.Map.of("Connection", "close"))
                                    : upstream.failed(failure, path);
                            ProxyResponse response = context.request().response().release()
                                    .setStatusCode(problem.status())
                                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                                    .setBody(Body.body(Problems.problem(problem.type(), problem.title(),
                                            problem.status(), problem.getMessage(), path).toBuffer()));
                            problem.headers().forEach(response::putHeader);
                            return Future.succeededFuture(response);
                        });
            }
        });
        return proxy;
    }
}
