package io.deliveryhub.gateway.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after each delay of the schedule in turn (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h by default), each stretched or shrunk by up to the jitter so that receivers coming back from an outage
 * are not hit by every retry at once; after the last, the delivery has failed.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction of the delay, at least 0 and below 1");
        }
    }

    /** The next attempt after the given number of failed attempts, or empty when none is left. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now, DoubleSupplier random) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        long millis = delays.get(failedAttempts - 1).toMillis();
        long spread = Math.round(millis * jitter * (2 * random.getAsDouble() - 1));
        return Optional.of(now.plusMillis(millis + spread));
    }
}
