package io.deliveryhub.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.gateway.auth.Authentication;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.web.ClientOrigin;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.github.bucket4j.TimeMeter;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One token bucket per credential (per integration key, per person; per address before authentication, the
 * address {@link ClientOrigin} names),
 * in this gateway's memory: with several replicas a caller gets the limit at each. Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; past the limit the
 * answer is 429 with {@code Retry-After}.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class RateLimits {

    private static final int BUCKET_LIMIT = 100_000;

    private final int anonymousPerMinute;
    /** A bucket left alone for a minute has refilled, so forgetting it then changes nothing. */
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .maximumSize(BUCKET_LIMIT).expireAfterAccess(Duration.ofMinutes(1)).build();

    public RateLimits(@ConfigProperty(name = "deliveryhub.gateway.rate-limit.anonymous-per-minute") int anonymousPerMinute) {
        this.anonymousPerMinute = anonymousPerMinute;
    }

    /** By credential at the caller's own limit; callers without a valid credential by address, so guessing is throttled too. */
    public void limit(RoutingContext context) {
        Optional<Caller> caller = Authentication.callerIfAny(context);
        if (caller.isPresent()) {
            apply(context, caller.get().id(), caller.get().ratePerMinute());
        } else {
            apply(context, "address:" + address(context), anonymousPerMinute);
        }
    }

    /**
     * Before a key seen for the first time is looked up in the database: lookups are counted by address at the
     * anonymous limit, so guessing keys is throttled before it costs a query.
     */
    public boolean admitLookup(RoutingContext context) {
        TokenBucket.Decision decision = bucket("lookup:" + address(context), anonymousPerMinute).take();
        if (!decision.allowed()) {
            context.fail(new GatewayProblem(429, "rate-limited", "Too Many Requests",
                    "Too many unknown credentials from this address; retry after " + decision.retryAfterSeconds() + " s",
                    null, Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds()))));
        }
        return decision.allowed();
    }

    private static String address(RoutingContext context) {
        return ClientOrigin.of(context).address();
    }

    private TokenBucket bucket(String key, int perMinute) {
        TokenBucket known = buckets.getIfPresent(key);
        // the common case reads without compute's lock on the key's bin
        return known != null && known.capacity() == perMinute ? known : buckets.asMap().compute(key,
                (ignored, existing) -> existing == null || existing.capacity() != perMinute ? new TokenBucket(perMinute, TimeMeter.SYSTEM_NANOTIME) : existing);
    }

    private void apply(RoutingContext context, String key, int perMinute) {
        TokenBucket.Decision decision = bucket(key, perMinute).take();
        HttpServerResponse response = context.response();
        // Written when the headers go out, so an upstream's answer cannot drop them.
        context.addHeadersEndHandler(ignored -> response.headers()
                .set("RateLimit-Limit", String.valueOf(decision.limit()))
                .set("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .set("RateLimit-Reset", String.valueOf(decision.resetSeconds())));
        if (!decision.allowed()) {
            context.fail(new GatewayProblem(429, "rate-limited", "Too Many Requests",
                    "More than " + perMinute + " requests a minute; retry after " + decision.retryAfterSeconds() + " s",
                    null, Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds()))));
            return;
        }
        context.next();
    }
}
