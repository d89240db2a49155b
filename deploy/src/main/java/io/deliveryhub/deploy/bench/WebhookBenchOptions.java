package io.deliveryhub.deploy.bench;

import java.time.Duration;
import java.util.Properties;

/**
 * The {@code webhooks} scenario's options, as {@code -Dbench.webhooks.*} system properties: how many subscriptions,
 * whether each receives every event ({@code fan-out}) or only its own project's, the burst's size, and the steady
 * phase's rate, warm-up and length.
 */
record WebhookBenchOptions(int subscriptions, boolean fanOut, int burst, int rate, Duration warmUp, Duration steady,
        Duration drain) {

    static final String PREFIX = "bench.webhooks.";

    WebhookBenchOptions {
        if (subscriptions < 1 || burst < 1 || rate < 1) {
            throw new IllegalArgumentException(PREFIX + "subscriptions, burst and rate are at least 1");
        }
    }

    static WebhookBenchOptions from(Properties properties) {
        return new WebhookBenchOptions(integer(properties, "subscriptions", 50),
                Boolean.parseBoolean(properties.getProperty(PREFIX + "fan-out", "false")),
                integer(properties, "burst", 2000), integer(properties, "rate", 200),
                Duration.ofSeconds(integer(properties, "warmup-seconds", 10)),
                Duration.ofSeconds(integer(properties, "seconds", 30)),
                Duration.ofSeconds(integer(properties, "drain-seconds", 60)));
    }

    /** Deliveries one event makes: to every subscription with fan-out, else to its project's only. */
    int deliveriesPerEvent() {
        return fanOut ? subscriptions : 1;
    }

    String describe() {
        return String.format("%d subscriptions (%s), burst of %d events, then %d events/s for %d s after %d s warm-up",
                subscriptions, fanOut ? "each gets every event" : "one per project", burst, rate, steady.toSeconds(),
                warmUp.toSeconds());
    }

    private static int integer(Properties properties, String name, int fallback) {
        String value = properties.getProperty(PREFIX + name);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " is a whole number, not " + value, e);
        }
    }
}
