package io.deliveryhub.gateway.apikey;

import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.JsonBodies;
import io.deliveryhub.gateway.web.OwnEndpoints;
import io.deliveryhub.gateway.web.RouteOrder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/** {@code /api/v1/admin/api-keys}: integrations' keys, for ADMIN only. The clear key is in the creation answer only. */
@ApplicationScoped
public class ApiKeyRoutes {

    static final String PATH = "/api/v1/admin/api-keys";

    private final ApiKeys apiKeys;

    public ApiKeyRoutes(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    void install(@Observes Router router) {
        router.post(PATH).order(RouteOrder.GATEWAY_ENDPOINTS)
                .handler(JsonBodies.SMALL).handler(Authentication::requireAdmin).handler(this::create);
        router.get(PATH).order(RouteOrder.GATEWAY_ENDPOINTS)
                .handler(Authentication::requireAdmin).handler(this::list);
        router.delete(PATH + "/:id").order(RouteOrder.GATEWAY_ENDPOINTS)
                .handler(Authentication::requireAdmin).handler(this::revoke);
    }

    private void create(RoutingContext context) {
        JsonObject body = JsonBodies.object(context);
        String name = JsonBodies.text(body, "name");
        var roles = JsonBodies.texts(body, "roles");
        Integer rate = JsonBodies.integer(body, "rateLimitPerMinute");
        OwnEndpoints.blocking(context, () -> apiKeys.create(name, roles, rate), created -> context.response()
                .setStatusCode(201)
                .putHeader("Location", PATH + "/" + created.key().id())
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(created.key().toJson().put("key", created.clearKey()).encode()));
    }

    private void list(RoutingContext context) {
        OwnEndpoints.blocking(context, apiKeys::list, keys -> context.response()
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("items", new JsonArray(keys.stream().map(ApiKeyRecord::toJson).toList()))
                        .encode()));
    }

    private void revoke(RoutingContext context) {
        UUID id;
        try {
            id = UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw GatewayProblem.notFound("No API key has id " + context.pathParam("id"));
        }
        OwnEndpoints.blocking(context, () -> {
            apiKeys.revoke(id);
            return id;
        }, ignored -> context.response().setStatusCode(204).end());
    }
}
