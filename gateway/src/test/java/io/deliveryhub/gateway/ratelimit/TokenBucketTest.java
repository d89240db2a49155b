package io.deliveryhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    private TokenBucket.Decision takeAt(long nanos) {
        now.set(nanos);
        return bucket.take();
    }

    private TokenBucket bucket;

    @Test
    void allowsABurstUpToTheLimitThenRefuses() {
        bucket = new TokenBucket(3, time);

        assertThat(takeAt(0)).isEqualTo(new TokenBucket.Decision(true, 3, 2, 20, 0));
        assertThat(takeAt(0).remaining()).isEqualTo(1);
        assertThat(takeAt(0)).isEqualTo(new TokenBucket.Decision(true, 3, 0, 60, 0));
        TokenBucket.Decision refused = takeAt(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(refused.resetSeconds()).isEqualTo(60);
    }

    @Test
    void refillsAtTheLimitPerMinute() {
        bucket = new TokenBucket(60, time);
        for (int i = 0; i < 60; i++) {
            assertThat(takeAt(0).allowed()).isTrue();
        }
        assertThat(takeAt(0).allowed()).isFalse();
        assertThat(takeAt(SECOND / 2).retryAfterSeconds()).isEqualTo(1);
        assertThat(takeAt(SECOND).allowed()).isTrue();
        assertThat(takeAt(SECOND).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        bucket = new TokenBucket(10, time);
        TokenBucket.Decision later = takeAt(3600 * SECOND);
        assertThat(later.remaining()).isEqualTo(9);
        assertThat(later.resetSeconds()).isEqualTo(6);
    }
}
