package io.deliveryhub.gateway.webhook;

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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /api/v1/webhooks/subscriptions}: HTTP in and out only; {@link Subscriptions} and {@link DeliveryLog} decide. */
@ApplicationScoped
public class WebhookRoutes {

    static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final int MAX_PAGE_SIZE = 200;
    private static final Set<String> STATUSES = Set.of(Delivery.PENDING, Delivery.DELIVERED, Delivery.FAILED);

    private final Subscriptions subscriptions;
    private final DeliveryLog log;

    public WebhookRoutes(Subscriptions subscriptions, DeliveryLog log) {
        this.subscriptions = subscriptions;
        this.log = log;
    }

    void install(@Observes Router router) {
        router.post(PATH).order(RouteOrder.GATEWAY_ENDPOINTS).handler(JsonBodies.SMALL).handler(this::create);
        router.get(PATH).order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::list);
        router.get(PATH + "/:id").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::get);
        router.patch(PATH + "/:id").order(RouteOrder.GATEWAY_ENDPOINTS).handler(JsonBodies.SMALL).handler(this::patch);
        router.delete(PATH + "/:id").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::delete);
        router.post(PATH + "/:id/rotate-secret").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::rotate);
        router.get(PATH + "/:id/deliveries").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::deliveries);
        router.post(PATH + "/:id/replay").order(RouteOrder.GATEWAY_ENDPOINTS).handler(JsonBodies.SMALL)
                .handler(this::replay);
    }

    private void create(RoutingContext context) {
        JsonObject body = JsonBodies.object(context);
        OwnEndpoints.blocking(context, () -> subscriptions.create(Authentication.caller(context), body), created -> context
                .response().setStatusCode(201)
                .putHeader("Location", PATH + "/" + created.subscription().id())
                .putHeader("ETag", etag(created.subscription()))
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "application/json")
                .end(created.subscription().toJson().put("secret", created.secret().text()).encode()));
    }

    private void list(RoutingContext context) {
        int page = number(context, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int size = number(context, "size", 50, 1, MAX_PAGE_SIZE);
        OwnEndpoints.blocking(context, () -> subscriptions.list(Authentication.caller(context), page, size), found -> json(context,
                page(found.items().stream().map(Subscription::toJson).toList(), page, size, found.total())));
    }

    private void get(RoutingContext context) {
        UUID id = id(context);
        OwnEndpoints.blocking(context, () -> subscriptions.get(Authentication.caller(context), id), found -> context.response()
                .putHeader("ETag", etag(found)).putHeader("Content-Type", "application/json")
                .end(found.toJson().encode()));
    }

    private void patch(RoutingContext context) {
        UUID id = id(context);
        JsonObject patch = JsonBodies.object(context);
        String ifMatch = context.request().getHeader("If-Match");
        OwnEndpoints.blocking(context, () -> subscriptions.patch(Authentication.caller(context), id, ifMatch, patch),
                changed -> context.response().putHeader("ETag", etag(changed))
                        .putHeader("Content-Type", "application/json").end(changed.toJson().encode()));
    }

    private void delete(RoutingContext context) {
        UUID id = id(context);
        OwnEndpoints.blocking(context, () -> {
            subscriptions.delete(Authentication.caller(context), id);
            return id;
        }, deleted -> context.response().setStatusCode(204).end());
    }

    private void rotate(RoutingContext context) {
        UUID id = id(context);
        OwnEndpoints.blocking(context, () -> subscriptions.rotate(Authentication.caller(context), id), rotated -> context
                .response().putHeader("ETag", etag(rotated.subscription())).putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "application/json")
                .end(rotated.subscription().toJson().put("secret", rotated.secret().text()).encode()));
    }

    private void deliveries(RoutingContext context) {
        UUID id = id(context);
        int page = number(context, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int size = number(context, "size", 50, 1, MAX_PAGE_SIZE);
        String status = context.queryParams().get("status");
        if (status != null && !STATUSES.contains(status)) {
            throw GatewayProblem.badRequest("status", "must be one of PENDING, DELIVERED, FAILED");
        }
        String type = context.queryParams().get("type");
        if (type != null && type.length() > 200) {
            throw GatewayProblem.badRequest("type", "must be at most 200 characters");
        }
        Instant from = instant(context.queryParams().get("from"), "from");
        Instant to = instant(context.queryParams().get("to"), "to");
        var filter = new DeliveryStore.LogFilter(status, type, from, to);
        OwnEndpoints.blocking(context, () -> log.page(Authentication.caller(context), id, filter, page, size), found -> json(context,
                page(found.items().stream().map(Delivery::toJson).toList(), page, size, found.total())));
    }

    private void replay(RoutingContext context) {
        UUID id = id(context);
        JsonObject body = JsonBodies.object(context);
        String deliveryId = JsonBodies.text(body, "deliveryId");
        Instant from = instant(JsonBodies.text(body, "from"), "from");
        Instant to = instant(JsonBodies.text(body, "to"), "to");
        boolean one = deliveryId != null && from == null && to == null;
        boolean range = deliveryId == null && from != null && to != null;
        if (!one && !range) {
            throw GatewayProblem.badRequest("deliveryId", "send either deliveryId, or from and to");
        }
        if (from != null && !from.isBefore(to)) {
            throw GatewayProblem.badRequest("to", "must be after from");
        }
        UUID delivery = deliveryId == null ? null : uuid(deliveryId, "deliveryId");
        OwnEndpoints.blocking(context, () -> log.replay(Authentication.caller(context), id, delivery, from, to), replayed -> context
                .response().setStatusCode(202).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("replayed", replayed).encode()));
    }

    private static JsonObject page(List<JsonObject> items, int page, int size, long total) {
        return new JsonObject().put("items", new JsonArray(items)).put("page", page).put("size", size)
                .put("total", total);
    }

    private static void json(RoutingContext context, JsonObject body) {
        context.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static String etag(Subscription subscription) {
        return "\"" + subscription.version() + "\"";
    }

    private static UUID id(RoutingContext context) {
        try {
            return UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw GatewayProblem.notFound("No webhook subscription has id " + context.pathParam("id"));
        }
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw GatewayProblem.badRequest(field, "must be a UUID");
        }
    }

    private static Instant instant(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw GatewayProblem.badRequest(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static int number(RoutingContext context, String name, int absent, int min, int max) {
        String value = context.queryParams().get(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw GatewayProblem.badRequest(name, "must be a whole number from " + min + " to " + max);
    }
}
