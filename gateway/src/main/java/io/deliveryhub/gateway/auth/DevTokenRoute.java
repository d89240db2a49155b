package io.deliveryhub.gateway.auth;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.web.AccessLog;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.JsonBodies;
import io.deliveryhub.gateway.web.RouteOrder;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/v1/auth/dev-token}: a person's token from the {@link DevIssuer}, for the local stack and
 * tests. Only the admin API key may ask; without the dev issuer the endpoint does not exist (404).
 */
@ApplicationScoped
public class DevTokenRoute {

    private final DevIssuer issuer;

    public DevTokenRoute(DevIssuer issuer) {
        this.issuer = issuer;
    }

    void install(@Observes Router router) {
        if (!issuer.enabled()) {
            return;
        }
        router.post("/api/v1/auth/dev-token").order(RouteOrder.GATEWAY_ENDPOINTS)
                .handler(JsonBodies.SMALL).handler(DevTokenRoute::requireAdminKey).handler(this::issue);
    }

    private static void requireAdminKey(RoutingContext context) {
        Caller caller = Authentication.caller(context);
        if (!caller.hasRole(Roles.ADMIN) || context.request().getHeader(ApiKeys.HEADER) == null) {
            context.fail(GatewayProblem.forbidden("Only the admin API key may mint development tokens"));
            return;
        }
        context.next();
    }

    private void issue(RoutingContext context) {
        AccessLog.route(context, "gateway");
        JsonObject body = JsonBodies.object(context);
        String subject = JsonBodies.text(body, "subject");
        Set<String> roles = JsonBodies.texts(body, "roles");
        String personId = JsonBodies.text(body, "personId");
        if (subject == null || subject.isBlank()) {
            throw GatewayProblem.badRequest("subject", "is required");
        }
        if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw GatewayProblem.badRequest("roles", "must be a non-empty list of " + String.join(", ", Roles.ALL));
        }
        if (personId != null) {
            try {
                personId = UUID.fromString(personId).toString();
            } catch (IllegalArgumentException e) {
                throw GatewayProblem.badRequest("personId", "must be a UUID");
            }
        }
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("token", issuer.issue(subject, roles, personId)).encode());
    }
}
