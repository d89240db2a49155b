package io.deliveryhub.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} requests and refills at {@code capacity} per minute, so a
 * caller can burst up to its limit and then continues at the sustained rate. Time is passed in (nanos)
 * so the arithmetic is testable without waiting.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double perSecond;
    private double tokens;
    private long updatedAt;

    /** What one request got, and what the {@code RateLimit-*} and {@code Retry-After} headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    public TokenBucket(int perMinute, long now) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a limit allows at least one request a minute");
        }
        this.capacity = perMinute;
        this.perSecond = perMinute / 60d;
        this.tokens = perMinute;
        this.updatedAt = now;
    }

    public synchronized Decision take(long now) {
        tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) / NANOS_PER_SECOND * perSecond);
        updatedAt = now;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long resetSeconds = (long) Math.ceil((capacity - tokens) / perSecond);
        long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        return new Decision(allowed, capacity, (int) Math.floor(tokens), resetSeconds, retryAfter);
    }

    public int capacity() {
        return capacity;
    }
}
