package io.deliveryhub.gateway.routing;

import java.time.Duration;

/**
 * Stops sending to an upstream that keeps failing, so callers get a 503 at once instead of waiting for
 * timeouts, and the upstream gets room to recover. After {@code openFor} one trial request goes through:
 * its success closes the breaker, its failure opens it again. Time (nanos) is passed in for testing.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
    }

    public synchronized boolean allow(long now) {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (now - openedAt < openForNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return true;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void failed(long now) {
        trialInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = now;
            consecutiveFailures = 0;
        }
    }

    /** Whole seconds until a trial request may go through; at least 1. */
    public synchronized long retryAfterSeconds(long now) {
        long left = state == State.OPEN ? openForNanos - (now - openedAt) : 0;
        return Math.max(1, (long) Math.ceil(left / 1e9));
    }

    public synchronized State state() {
        return state;
    }
}
