package io.deliveryhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WebhookBenchTest {

    /** The Standard Webhooks specification's own example. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void optionsDefaultToFiftySubscriptionsABurstOf2000And200ASecondFor30Seconds() {
        WebhookBenchOptions options = WebhookBenchOptions.from(new Properties());

        assertThat(options).isEqualTo(new WebhookBenchOptions(50, false, 2000, 200, Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(60)));
        assertThat(options.deliveriesPerEvent()).isEqualTo(1);
        assertThat(options.describe()).isEqualTo("50 subscriptions (one per project), burst of 2000 events, "
                + "then 200 events/s for 30 s after 10 s warm-up");
    }

    @Test
    void optionsAreReadFromBenchWebhooksProperties() {
        Properties properties = new Properties();
        properties.setProperty("bench.webhooks.subscriptions", "10");
        properties.setProperty("bench.webhooks.fan-out", "true");
        properties.setProperty("bench.webhooks.burst", " 500 ");
        properties.setProperty("bench.webhooks.rate", "50");
        properties.setProperty("bench.webhooks.seconds", "5");

        WebhookBenchOptions options = WebhookBenchOptions.from(properties);

        assertThat(options.subscriptions()).isEqualTo(10);
        assertThat(options.burst()).isEqualTo(500);
        assertThat(options.rate()).isEqualTo(50);
        assertThat(options.steady()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.deliveriesPerEvent()).isEqualTo(10);
        assertThat(options.describe()).startsWith("10 subscriptions (each gets every event)");
    }

    @Test
    void refusesOptionsThatAreNoNumberOrBelowOne() {
        Properties words = new Properties();
        words.setProperty("bench.webhooks.rate", "fast");
        Properties zero = new Properties();
        zero.setProperty("bench.webhooks.burst", "0");

        assertThatThrownBy(() -> WebhookBenchOptions.from(words)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bench.webhooks.rate");
        assertThatThrownBy(() -> WebhookBenchOptions.from(zero)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifiesTheSpecificationsExampleAndAnyOfSeveralSignatures() {
        assertThat(WebhookReceiver.verifies(SECRET, ID, TIMESTAMP, BODY, SIGNATURE)).isTrue();
        assertThat(WebhookReceiver.verifies(SECRET, ID, TIMESTAMP, BODY, "v1,bm9wZQ== " + SIGNATURE)).isTrue();
        assertThat(WebhookReceiver.verifies(SECRET, ID, "1614265331", BODY, SIGNATURE)).isFalse();
        assertThat(WebhookReceiver.verifies(SECRET, ID, TIMESTAMP, "{}".getBytes(StandardCharsets.UTF_8), SIGNATURE))
                .isFalse();
        assertThat(WebhookReceiver.verifies(SECRET, ID, TIMESTAMP, BODY, null)).isFalse();
        assertThat(WebhookReceiver.verifies("not-a-secret", ID, TIMESTAMP, BODY, SIGNATURE)).isFalse();
    }

    @Test
    void talliesDeliveriesOncePerSubscriptionAndCountsDuplicatesMissingAndBadSignatures() {
        WebhookTally tally = new WebhookTally();
        tally.record("/hook/0", "a", true, 100, 5_000_000);
        tally.record("/hook/1", "a", true, 300, 7_000_000);
        tally.record("/hook/0", "a", true, 400, 9_000_000);
        tally.record("/hook/0", "b", false, 500, 1_000_000);
        tally.record("/hook/0", "c", true, 200, 3_000_000);

        assertThat(tally.delivered()).isEqualTo(3);
        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.badSignatures()).isEqualTo(1);
        assertThat(tally.missing(5)).isEqualTo(2);
        assertThat(tally.missing(2)).isZero();
        assertThat(tally.firstArrivalNanos()).isEqualTo(100);
        assertThat(tally.lastArrivalNanos()).isEqualTo(300);
        Figures figures = Figures.of("latency", tally.latenciesNanos(), tally.missing(4), Duration.ofSeconds(1));
        assertThat(figures.percentileMillis(50)).isEqualTo(5.0);
        assertThat(figures.percentileMillis(99)).isEqualTo(7.0);
        assertThat(figures.line()).startsWith("latency").contains("3 req", "1 failed");
    }
}
