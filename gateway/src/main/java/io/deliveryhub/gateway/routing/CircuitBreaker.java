package io.deliveryhub.gateway.routing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stops sending to an upstream that is failing, so callers get a 503 at once instead of waiting for
 * timeouts, and the upstream gets room to recover. It judges the upstream's health over its last
 * {@code windowSize} calls, once at least {@code minimumCalls} are in: it opens when the failure rate reaches
 * {@code failureRatio}, where every caller weighs the same however many requests it sends, and when more than
 * one caller fails or the upstream could not be reached at all. So one caller whose requests time out or break
 * the service only fails itself; an upstream that fails everybody is cut off. After {@code openFor} one trial
 * request goes through: its success closes the breaker with a fresh window, its failure opens it again.
 * Hand-written because SmallRye Fault Tolerance's breaker counts calls without knowing whose they are, so one
 * caller could open it for everyone. Time (nanos) is passed in for testing.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** How a call ended, as far as the upstream's health is concerned. */
    public enum Outcome {
        SUCCEEDED,
        /** The upstream answered 5xx, broke off the exchange or stayed silent: possibly the request's doing. */
        FAILED,
        /** No connection could be made: never the caller's doing. */
        UNREACHABLE
    }

    private record Call(String caller, Outcome outcome) {
    }

    private final int windowSize;
    private final int minimumCalls;
    private final double failureRatio;
    private final long openForNanos;
    private final Deque<Call> window = new ArrayDeque<>();
    private State state = State.CLOSED;
    private long openedAt;
    private boolean trialInFlight;
    private long trialStartedAt;

    public CircuitBreaker(int windowSize, int minimumCalls, double failureRatio, Duration openFor) {
        this.windowSize = windowSize;
        this.minimumCalls = Math.min(minimumCalls, windowSize);
        this.failureRatio = failureRatio;
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
                trialStartedAt = now;
                return true;
            default:
                // a trial whose caller hung up reports nothing: after openFor another one may go
                if (trialInFlight && now - trialStartedAt < openForNanos) {
                    return false;
                }
                trialInFlight = true;
                trialStartedAt = now;
                return true;
        }
    }

    public synchronized void record(long now, String caller, Outcome outcome) {
        if (state == State.HALF_OPEN) {
            trialInFlight = false;
            if (outcome == Outcome.SUCCEEDED) {
                state = State.CLOSED;
                window.clear();
            } else {
                open(now);
            }
            return;
        }
        if (state == State.OPEN) {
            // answers of requests admitted before it opened say nothing new
            return;
        }
        window.addLast(new Call(caller, outcome));
        if (window.size() > windowSize) {
            window.removeFirst();
        }
        if (outcome != Outcome.SUCCEEDED && unhealthy()) {
            open(now);
        }
    }

    private boolean unhealthy() {
        if (window.size() < minimumCalls) {
            return false;
        }
        Map<String, int[]> byCaller = new HashMap<>();
        Set<String> failing = new HashSet<>();
        boolean unreachable = false;
        for (Call call : window) {
            int[] counts = byCaller.computeIfAbsent(call.caller(), ignored -> new int[2]);
            counts[0]++;
            if (call.outcome() != Outcome.SUCCEEDED) {
                counts[1]++;
                failing.add(call.caller());
                unreachable |= call.outcome() == Outcome.UNREACHABLE;
            }
        }
        double ratio = 0;
        for (int[] counts : byCaller.values()) {
            ratio += (double) counts[1] / counts[0];
        }
        ratio /= byCaller.size();
        return ratio >= failureRatio && (unreachable || failing.size() > 1);
    }

    private void open(long now) {
        state = State.OPEN;
        openedAt = now;
        window.clear();
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
