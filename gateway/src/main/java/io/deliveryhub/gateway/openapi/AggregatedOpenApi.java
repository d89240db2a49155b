package io.deliveryhub.gateway.openapi;

import io.deliveryhub.gateway.auth.DevIssuer;
import io.deliveryhub.gateway.routing.RouteTable;
import io.deliveryhub.gateway.routing.Upstream;
import io.deliveryhub.gateway.routing.Upstreams;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code /q/openapi}: the services' documents (each open at its own {@code /q/openapi}) merged with the
 * gateway's, fetched again after {@code refresh}. A service that cannot be reached is left out of that
 * version (named in {@code x-missing-services}) and asked again on the next request.
 */
@ApplicationScoped
public class AggregatedOpenApi {

    private static final Logger LOG = Logger.getLogger(AggregatedOpenApi.class);

    private final Upstreams upstreams;
    private final RouteTable routes;
    private final JsonObject gatewayDocument;
    private final long refreshNanos;
    private Future<JsonObject> current;
    private long fetchedAt;

    public AggregatedOpenApi(Upstreams upstreams, RouteTable routes, DevIssuer devIssuer,
            @ConfigProperty(name = "deliveryhub.gateway.openapi.refresh", defaultValue = "PT60S") Duration refresh) {
        this.upstreams = upstreams;
        this.routes = routes;
        this.refreshNanos = refresh.toNanos();
        this.gatewayDocument = new JsonObject(resource("openapi/gateway.json"));
        if (!devIssuer.enabled()) {
            gatewayDocument.getJsonObject("paths").remove("/api/v1/auth/dev-token");
            JsonArray tags = gatewayDocument.getJsonArray("tags");
            tags.getList().removeIf(tag -> tag instanceof Map<?, ?> map && "Development".equals(map.get("name")));
        }
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        document().onSuccess(document -> context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(document.encodePrettily()))
                .onFailure(context::fail);
    }

    public synchronized Future<JsonObject> document() {
        long now = System.nanoTime();
        if (current == null || now - fetchedAt > refreshNanos
                || (current.isComplete() && current.result().containsKey("x-missing-services"))) {
            fetchedAt = now;
            current = fetch();
        }
        return current;
    }

    private Future<JsonObject> fetch() {
        Map<String, Future<JsonObject>> fetching = new LinkedHashMap<>();
        upstreams.all().forEach((name, upstream) -> fetching.put(name, fetchFrom(upstream)));
        return Future.join(new ArrayList<>(fetching.values())).transform(ignored -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            fetching.forEach((name, document) -> {
                if (document.succeeded()) {
                    documents.put(name, document.result());
                } else {
                    LOG.warnf("OpenAPI of %s not available: %s", name, document.cause().getMessage());
                    missing.add(name);
                }
            });
            JsonObject merged = OpenApiMerge.merge(gatewayDocument, documents, routes::ownerOf);
            if (!missing.isEmpty()) {
                merged.put("x-missing-services", new JsonArray(missing));
            }
            return Future.succeededFuture(merged);
        });
    }

    private static Future<JsonObject> fetchFrom(Upstream upstream) {
        return upstream.exchange(HttpMethod.GET, "/q/openapi?format=json",
                MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json"), null, "gateway")
                .compose(reply -> reply.status() == 200
                        ? Future.succeededFuture(reply.body().toJsonObject())
                        : Future.failedFuture("status " + reply.status()));
    }

    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
