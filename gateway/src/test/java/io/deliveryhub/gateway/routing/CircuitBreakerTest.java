package io.deliveryhub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10));

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        breaker.failed(0);
        breaker.failed(0);
        assertThat(breaker.allow(0)).isTrue();
        breaker.failed(0);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow(SECOND)).isFalse();
        assertThat(breaker.retryAfterSeconds(SECOND)).isEqualTo(9);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        breaker.failed(0);
        breaker.failed(0);
        breaker.succeeded();
        breaker.failed(0);
        breaker.failed(0);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriod() {
        open();
        assertThat(breaker.allow(10 * SECOND)).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.allow(10 * SECOND)).as("a second request while the trial runs").isFalse();

        breaker.succeeded();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow(10 * SECOND)).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgainAtOnce() {
        open();
        assertThat(breaker.allow(10 * SECOND)).isTrue();
        breaker.failed(10 * SECOND);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow(11 * SECOND)).isFalse();
        assertThat(breaker.allow(20 * SECOND)).isTrue();
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(0);
        }
    }
}
