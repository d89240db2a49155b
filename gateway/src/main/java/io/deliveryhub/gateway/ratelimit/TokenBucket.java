package io.deliveryhub.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * A token bucket (Bucket4j's): holds up to {@code capacity} requests and refills at {@code capacity} per minute,
 * so a caller can burst up to its limit and then continues at the sustained rate. Its time is passed in so the
 * arithmetic is testable without waiting.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int capacity;
    private final Bucket bucket;

    /** What one request got, and what the {@code RateLimit-*} and {@code Retry-After} headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    public TokenBucket(int perMinute, TimeMeter time) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a limit allows at least one request a minute");
        }
        this.capacity = perMinute;
        this.bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    public Decision take() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new Decision(probe.isConsumed(), capacity, (int) probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), retryAfter);
    }

    public int capacity() {
        return capacity;
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
