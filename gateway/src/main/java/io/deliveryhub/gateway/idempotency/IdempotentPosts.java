package io.deliveryhub.gateway.idempotency;

import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.routing.ApiProxy;
import io.deliveryhub.gateway.routing.CallerLimits;
import io.deliveryhub.gateway.routing.Traffic;
import io.deliveryhub.gateway.routing.Upstream;
import io.deliveryhub.gateway.routing.Upstreams;
import io.deliveryhub.gateway.web.AccessLog;
import io.deliveryhub.gateway.web.ClientOrigin;
import io.deliveryhub.gateway.web.FrontDoor;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.RouteOrder;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * {@code Idempotency-Key} on POST, once for every service (docs/api.md): the same caller, key and request
 * (method, URI and body, by hash) within 24 hours gets the first response again without the service
 * executing anything; the same key with another request is 422; a duplicate while the first is still
 * running is 409. Such POSTs are buffered (to hash and forward after the check), up to
 * {@code idempotent-body-limit} (413 beyond); all others stream through the proxy.
 * Answers of 5xx, 408 and 429 are not kept, so the client's retry executes the request.
 */
@ApplicationScoped
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotentPosts.class);
    private static final Pattern SANE_KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "upgrade", "host", "content-length", "proxy-authorization", "proxy-connection", HEADER.toLowerCase());
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "upgrade");

    private final Upstreams upstreams;
    private final InternalTokens tokens;
    private final IdempotencyStore store;
    private final Traffic traffic;
    private final CallerLimits callerLimits;
    private final Clock clock = Clock.systemUTC();

    public IdempotentPosts(Upstreams upstreams, InternalTokens tokens, IdempotencyStore store, Traffic traffic,
            CallerLimits callerLimits) {
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.store = store;
        this.traffic = traffic;
        this.callerLimits = callerLimits;
    }

    void install(@Observes Router router) {
        router.post("/api/*").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::handle);
    }

    void purgeHourly(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(3_600_000, ignored -> vertx.executeBlocking(() -> {
            store.purgeExpired(clock.instant());
            return null;
        }, false));
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String key = request.getHeader(HEADER);
        Optional<Upstream> owner = upstreams.owning(request.path());
        if (key == null || owner.isEmpty()) {
            context.next();
            return;
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw GatewayProblem.badRequest(HEADER, "must be 1-255 visible ASCII characters");
        }
        Upstream upstream = owner.get();
        AccessLog.route(context, upstream.name());
        Caller caller = Authentication.caller(context);
        long limit = traffic.idempotentBodyLimit().asLongValue();
        String declared = request.getHeader("Content-Length");
        if (declared != null && FrontDoor.declaredLength(declared) > limit) {
            context.response().putHeader("Connection", "close");
            throw tooLarge(limit);
        }
        ApiProxy.enter(context, callerLimits, caller, upstream);
        MessageDigest sha256 = sha256();
        sha256.update((request.method().name() + " " + request.uri() + "\n").getBytes(StandardCharsets.UTF_8));
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                request.handler(null);
                context.response().putHeader("Connection", "close");
                context.fail(tooLarge(limit));
                return;
            }
            sha256.update(chunk.getByteBuf().nioBuffer());
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (context.failed()) {
                return;
            }
            byte[] hash = sha256.digest();
            context.vertx().executeBlocking(() -> store.begin(caller.id(), key, hash, clock.instant()), false)
                    .onSuccess(start -> answer(context, upstream, caller, key, body, start))
                    .onFailure(context::fail);
        });
    }

    /** The body is held whole to hash and forward it, so it must stay small whatever the route allows. */
    private static GatewayProblem tooLarge(long limit) {
        return new GatewayProblem(413, "payload-too-large", "Payload Too Large", "With an " + HEADER
                + " the body may have at most " + limit + " bytes; send larger bodies without one");
    }

    private void answer(RoutingContext context, Upstream upstream, Caller caller, String key, Buffer body,
            IdempotencyStore.Start start) {
        if (start instanceof IdempotencyStore.Replay replay) {
            replay(context.response(), replay);
        } else if (start instanceof IdempotencyStore.OtherRequest) {
            context.fail(new GatewayProblem(422, "idempotency-key-reused", "Unprocessable Content",
                    "This " + HEADER + " was used for another request in the last 24 hours; use a new key"));
        } else if (start instanceof IdempotencyStore.InFlight) {
            context.fail(new GatewayProblem(409, "idempotency-key-in-flight", "Conflict",
                    "A request with this " + HEADER + " is still being processed; retry shortly", null,
                    Map.of("Retry-After", "1")));
        } else {
            execute(context, upstream, caller, key, body);
        }
    }

    private void execute(RoutingContext context, Upstream upstream, Caller caller, String key, Buffer body) {
        HttpServerRequest request = context.request();
        Upstream.Attempt attempt;
        try {
            attempt = upstream.admit(caller.id());
        } catch (GatewayProblem open) {
            forget(context, caller, key);
            context.fail(open);
            return;
        }
        ApiProxy.forwardedHeaders(request, ClientOrigin.of(context), tokens.tokenFor(caller, upstream.name()));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                headers.add(name, value);
            }
        });
        attempt.exchange(HttpMethod.POST, request.uri(), headers, body).onComplete(result -> {
            if (result.failed()) {
                forget(context, caller, key);
                context.fail(result.cause());
                return;
            }
            Upstream.Reply reply = result.result();
            HttpServerResponse response = context.response().setStatusCode(reply.status());
            JsonArray kept = new JsonArray();
            reply.headers().forEach((name, value) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase())) {
                    response.headers().add(name, value);
                    kept.add(new JsonArray().add(name).add(value));
                }
            });
            int status = reply.status();
            if (status >= 500 || status == 408 || status == 429) {
                forget(context, caller, key);
                response.end(reply.body());
                return;
            }
            context.vertx().executeBlocking(() -> {
                store.complete(caller.id(), key, status, kept.encode(), reply.body().getBytes());
                return null;
            }, false).onComplete(stored -> {
                if (stored.failed()) {
                    LOG.errorf(stored.cause(), "could not keep the response for %s", key);
                }
                response.end(reply.body());
            });
        });
    }

    private static void replay(HttpServerResponse response, IdempotencyStore.Replay replay) {
        response.setStatusCode(replay.status());
        new JsonArray(replay.headers()).forEach(pair -> {
            JsonArray header = (JsonArray) pair;
            response.headers().add(header.getString(0), header.getString(1));
        });
        response.putHeader("Idempotent-Replayed", "true").end(Buffer.buffer(replay.body()));
    }

    private void forget(RoutingContext context, Caller caller, String key) {
        context.vertx().executeBlocking(() -> {
            store.abandon(caller.id(), key);
            return null;
        }, false).onFailure(failure -> LOG.errorf(failure, "could not release %s", key));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
