package io.deliveryhub.gateway.auth;

import io.deliveryhub.gateway.apikey.ApiKeys;
import io.deliveryhub.gateway.ratelimit.RateLimits;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * Who is calling: an integration by {@code X-API-Key} or a person by {@code Authorization: Bearer}. The
 * common case (a key or token seen recently) is answered on the event loop; only a first sight goes to
 * the database or the identity provider, on a worker thread.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class Authentication {

    private static final Logger LOG = Logger.getLogger(Authentication.class);
    private static final String CALLER = "deliveryhub.caller";
    private static final String REFUSAL = "deliveryhub.refusal";
    private static final String CHALLENGE = "ApiKey realm=\"deliveryhub\", header=\"" + ApiKeys.HEADER
            + "\", Bearer realm=\"deliveryhub\"";

    private final ApiKeys apiKeys;
    private final BearerTokens bearerTokens;
    private final RateLimits rateLimits;

    public Authentication(ApiKeys apiKeys, BearerTokens bearerTokens, RateLimits rateLimits) {
        this.apiKeys = apiKeys;
        this.bearerTokens = bearerTokens;
        this.rateLimits = rateLimits;
    }

    public static Caller caller(RoutingContext context) {
        return context.get(CALLER);
    }

    public static Optional<Caller> callerIfAny(RoutingContext context) {
        return Optional.ofNullable(context.get(CALLER));
    }

    public void handle(RoutingContext context) {
        String key = context.request().getHeader(ApiKeys.HEADER);
        String authorization = context.request().getHeader("Authorization");
        if (key != null && !key.isBlank()) {
            Optional<Optional<Caller>> known = apiKeys.known(key);
            if (known.isPresent()) {
                conclude(context, known.get(), "Send a valid API key in " + ApiKeys.HEADER);
            } else if (rateLimits.admitLookup(context)) {
                blocking(context, () -> apiKeys.authenticate(key), "Send a valid API key in " + ApiKeys.HEADER);
            }
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            Optional<Caller> known = bearerTokens.known(token);
            if (known.isPresent()) {
                conclude(context, known, "");
            } else {
                blocking(context, () -> bearerTokens.verify(token), "The bearer token is not valid or has expired");
            }
        } else {
            conclude(context, Optional.empty(),
                    "Send an API key in " + ApiKeys.HEADER + " or a bearer token in Authorization");
        }
    }

    private void blocking(RoutingContext context, Callable<Optional<Caller>> check, String refusal) {
        context.vertx().executeBlocking(check, false).onComplete(result -> {
            if (result.succeeded()) {
                conclude(context, result.result(), refusal);
            } else {
                LOG.errorf(result.cause(), "could not check the credential of %s", context.request().path());
                context.fail(new GatewayProblem(503, "authentication-unavailable", "Service Unavailable",
                        "Credentials cannot be checked right now; try again shortly", null, Map.of("Retry-After", "5")));
            }
        });
    }

    /**
     * Records who is calling, or why nobody is, and goes on: the rate limiter counts refused callers by
     * address before {@link #requireCaller} refuses them.
     */
    private static void conclude(RoutingContext context, Optional<Caller> caller, String refusal) {
        if (caller.isPresent()) {
            context.put(CALLER, caller.get());
        } else {
            context.put(REFUSAL, refusal);
        }
        context.next();
    }

    /**
     * Refuses callers without a valid credential (401), and callers holding no role of this system (403): no
     * endpoint of any service admits them, so they are turned away before any body is read or forwarded.
     */
    public static void requireCaller(RoutingContext context) {
        Caller caller = context.get(CALLER);
        if (caller == null) {
            context.fail(new GatewayProblem(401, "unauthorized", "Unauthorized", context.get(REFUSAL), null,
                    Map.of("WWW-Authenticate", CHALLENGE)));
            return;
        }
        if (caller.roles().isEmpty()) {
            context.fail(GatewayProblem.forbidden("The caller holds none of this system's roles"));
            return;
        }
        context.next();
    }

    /** For the gateway's own endpoints that only administrators may use. */
    public static void requireAdmin(RoutingContext context) {
        if (!caller(context).hasRole(Roles.ADMIN)) {
            context.fail(GatewayProblem.forbidden("Only ADMIN may do this"));
            return;
        }
        context.next();
    }
}
