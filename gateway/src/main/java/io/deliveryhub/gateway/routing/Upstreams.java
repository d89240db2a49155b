package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The services of the route table, sharing the pooled HTTP clients (one per event loop). */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class Upstreams {

    private final RouteTable routes;
    private final Map<String, Upstream> byName = new LinkedHashMap<>();

    public Upstreams(RouteTable routes, Traffic traffic, Vertx vertx) {
        this.routes = routes;
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions()
                .setConnectTimeout((int) traffic.connectTimeout().toMillis())
                .setKeepAlive(true)
                // no client span per exchange: the server span covers it, and TraceContext forwards its context
                .setTracingPolicy(TracingPolicy.IGNORE), new PoolOptions()
                .setHttp1MaxSize(traffic.connectionsPerLoop())
                .setMaxWaitQueueSize(traffic.queueLimit()));
        routes.routes().forEach((name, route) -> byName.put(name, new Upstream(name, route.upstream(), clients, traffic)));
    }

    public Map<String, Upstream> all() {
        return byName;
    }

    public Optional<Upstream> owning(String path) {
        return routes.ownerOf(path).map(byName::get);
    }

    public Upstream named(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new GatewayProblem(500, "internal", "Internal Server Error", "No upstream named " + name);
        }
        return upstream;
    }
}
