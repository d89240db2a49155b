package io.deliveryhub.gateway.routing;

import static io.deliveryhub.gateway.routing.CircuitBreaker.Outcome.FAILED;
import static io.deliveryhub.gateway.routing.CircuitBreaker.Outcome.SUCCEEDED;
import static io.deliveryhub.gateway.routing.CircuitBreaker.Outcome.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(10, 4, 0.5, Duration.ofSeconds(10));

    @Test
    void opensWhenTheServiceCannotBeReachedOnceTheMinimumOfCallsIsIn() {
        for (int i = 0; i < 3; i++) {
            breaker.record(0, "alice", UNREACHABLE);
        }
        assertThat(breaker.state()).as("fewer calls than the minimum").isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.record(0, "alice", UNREACHABLE);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow(SECOND)).isFalse();
        assertThat(breaker.retryAfterSeconds(SECOND)).isEqualTo(9);
    }

    @Test
    void oneCallerWhoseRequestsFailDoesNotOpenItForEveryone() {
        for (int i = 0; i < 100; i++) {
            breaker.record(0, "mallory", FAILED);
            if (i % 10 == 0) {
                breaker.record(0, "alice", SUCCEEDED);
            }
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow(0)).isTrue();
    }

    @Test
    void opensWhenMostCallersFailWhateverEachSends() {
        for (int i = 0; i < 6; i++) {
            breaker.record(0, "alice", SUCCEEDED);
        }
        breaker.record(0, "dave", SUCCEEDED);
        breaker.record(0, "erin", SUCCEEDED);
        breaker.record(0, "bob", FAILED);
        breaker.record(0, "carol", FAILED);
        assertThat(breaker.state()).as("two of five callers failing").isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.record(0, "frank", FAILED);

        assertThat(breaker.state()).as("three of six callers failing").isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        breaker.record(0, "bob", FAILED);
        breaker.record(0, "carol", FAILED);
        for (int i = 0; i < 10; i++) {
            breaker.record(0, "alice", SUCCEEDED);
        }
        breaker.record(0, "dave", FAILED);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriod() {
        open();
        assertThat(breaker.allow(10 * SECOND)).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.allow(10 * SECOND)).as("a second request while the trial runs").isFalse();

        breaker.record(10 * SECOND, "alice", SUCCEEDED);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow(10 * SECOND)).isTrue();
    }

    @Test
    void aTrialThatNeverReportsDoesNotHoldTheBreakerHalfOpenForever() {
        open();
        assertThat(breaker.allow(10 * SECOND)).isTrue();
        assertThat(breaker.allow(19 * SECOND)).isFalse();
        assertThat(breaker.allow(20 * SECOND)).as("the next trial").isTrue();
    }

    @Test
    void aFailedTrialOpensItAgainAtOnce() {
        open();
        assertThat(breaker.allow(10 * SECOND)).isTrue();
        breaker.record(10 * SECOND, "alice", FAILED);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow(11 * SECOND)).isFalse();
        assertThat(breaker.allow(20 * SECOND)).isTrue();
    }

    private void open() {
        for (int i = 0; i < 4; i++) {
            breaker.record(0, "alice", UNREACHABLE);
        }
    }
}
