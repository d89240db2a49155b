package io.deliveryhub.deploy.bench;

import java.time.Duration;
import java.util.Arrays;

/** What one measured run produced: how many requests, how fast, how many failed. */
public record Figures(String name, int requests, int failures, Duration elapsed, long[] latenciesNanos) {

    public static Figures of(String name, long[] latenciesNanos, int failures, Duration elapsed) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new Figures(name, sorted.length, failures, elapsed, sorted);
    }

    /** Two measured runs of the same thing as one: all their samples, their time added up. */
    public Figures plus(Figures other) {
        long[] both = java.util.stream.LongStream.concat(Arrays.stream(latenciesNanos), Arrays.stream(other.latenciesNanos))
                .toArray();
        return of(name, both, failures + other.failures, elapsed.plus(other.elapsed));
    }

    /** Nearest-rank percentile, in milliseconds. */
    public double percentileMillis(double percentile) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length);
        return latenciesNanos[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    public double perSecond() {
        return requests / (elapsed.toNanos() / 1_000_000_000.0);
    }

    public String line() {
        return String.format("%-44s %7d req %4d failed  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %8.1f req/s",
                name, requests, failures, percentileMillis(50), percentileMillis(95), percentileMillis(99), perSecond());
    }
}
