package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.auth.ApiKeys;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.web.Problems;
import io.deliveryhub.gateway.web.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
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
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The door: every {@code /api/*} request gets a request id, must authenticate, and is then streamed to
 * the service that owns its path (Vert.x HTTP proxy; bodies are never buffered) with the gateway's
 * internal JWT in place of the caller's credential.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final String CHALLENGE = "ApiKey realm=\"deliveryhub\", header=\"" + ApiKeys.HEADER + "\"";

    private final RouteTable routes;
    private final ApiKeys apiKeys;
    private final InternalTokens tokens;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public ApiProxy(RouteTable routes, ApiKeys apiKeys, InternalTokens tokens) {
        this.routes = routes;
        this.apiKeys = apiKeys;
        this.tokens = tokens;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setKeepAlive(true));
        routes.routes().forEach((name, route) -> proxies.put(name, proxyTo(client, name, route.upstream())));
        router.route("/api/*").handler(RequestIds::assign).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<Caller> caller = apiKeys.authenticate(request.getHeader(ApiKeys.HEADER));
        if (caller.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", CHALLENGE);
            Problems.respond(context, "unauthorized", "Unauthorized", 401,
                    "Send a valid API key in " + ApiKeys.HEADER);
            return;
        }
        Optional<String> owner = routes.ownerOf(request.path());
        if (owner.isEmpty()) {
            Problems.respond(context, "not-found", "Not Found", 404, "No service serves " + request.path());
            return;
        }
        request.headers()
                .remove(ApiKeys.HEADER)
                .set("Authorization", "Bearer " + tokens.tokenFor(caller.get()))
                .set("X-Forwarded-Host", request.authority() == null ? request.host() : request.authority().toString())
                .set("X-Forwarded-Proto", request.scheme())
                .set("X-Forwarded-For", request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        proxies.get(owner.get()).handle(request);
    }

    private static HttpProxy proxyTo(HttpClient client, String name, URI upstream) {
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream.getPort(), upstream.getHost());
        proxy.addInterceptor(new ProxyInterceptor() {
            /** An upstream that cannot be reached is the gateway's problem to explain, never a bare 502. */
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                return context.sendRequest().recover(failure -> {
                    LOG.warnf("upstream %s unreachable: %s", name, failure.getMessage());
                    Buffer body = Problems.problem("upstream-unavailable", "Bad Gateway", 502,
                            "The " + name + " service is not reachable; try again shortly",
                            context.request().proxiedRequest().path()).toBuffer();
                    return Future.succeededFuture(context.request().response().release()
                            .setStatusCode(502)
                            .putHeader("Content-Type", Problems.MEDIA_TYPE)
                            .setBody(Body.body(body)));
                });
            }
        });
        return proxy;
    }
}
