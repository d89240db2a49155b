package io.deliveryhub.deploy.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark's webhook receiver got: each (subscription, webhook-id) once is a delivery, again a duplicate; a
 * delivery's latency is its arrival less the event's time. Thread-safe.
 */
final class WebhookTally {

    private final Set<String> seen = new HashSet<>();
    private final List<Long> latenciesNanos = new ArrayList<>();
    private int duplicates;
    private int badSignatures;
    private long firstArrivalNanos = Long.MAX_VALUE;
    private long lastArrivalNanos = Long.MIN_VALUE;

    /** One arrival; {@code latencyNanos} is from the event's time to {@code arrivalNanos}. */
    synchronized void record(String subscription, String webhookId, boolean signed, long arrivalNanos, long latencyNanos) {
        if (!signed) {
            badSignatures++;
            return;
        }
        if (!seen.add(subscription + " " + webhookId)) {
            duplicates++;
            return;
        }
        latenciesNanos.add(latencyNanos);
        firstArrivalNanos = Math.min(firstArrivalNanos, arrivalNanos);
        lastArrivalNanos = Math.max(lastArrivalNanos, arrivalNanos);
    }

    synchronized int delivered() {
        return seen.size();
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int badSignatures() {
        return badSignatures;
    }

    /** Deliveries expected but not (yet) arrived; never below zero. */
    synchronized int missing(int expected) {
        return Math.max(0, expected - seen.size());
    }

    synchronized long[] latenciesNanos() {
        return latenciesNanos.stream().mapToLong(Long::longValue).toArray();
    }

    /** When the last delivery arrived ({@link System#nanoTime}), or empty-handed {@code Long.MIN_VALUE}. */
    synchronized long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    synchronized long firstArrivalNanos() {
        return firstArrivalNanos;
    }
}
