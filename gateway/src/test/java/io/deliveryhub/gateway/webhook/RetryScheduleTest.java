package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)), 0.2);

    @Test
    void waitsEachDelayInTurnThenGivesUp() {
        assertThat(STANDARD.nextAttempt(1, NOW, () -> 0.5)).contains(NOW.plusSeconds(5));
        assertThat(STANDARD.nextAttempt(2, NOW, () -> 0.5)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(STANDARD.nextAttempt(7, NOW, () -> 0.5)).contains(NOW.plus(Duration.ofHours(10)));
        assertThat(STANDARD.nextAttempt(8, NOW, () -> 0.5)).isEmpty();
    }

    @Test
    void jitterMovesADelayByUpToItsFractionEitherWay() {
        assertThat(STANDARD.nextAttempt(2, NOW, () -> 0.0)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(STANDARD.nextAttempt(2, NOW, () -> 1.0)).contains(NOW.plus(Duration.ofMinutes(6)));
    }

    @Test
    void refusesAJitterOfAWholeDelayOrMore() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(1)), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
