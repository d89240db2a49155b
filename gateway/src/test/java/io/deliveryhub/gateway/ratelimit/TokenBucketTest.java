package io.deliveryhub.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstUpToTheLimitThenRefuses() {
        TokenBucket bucket = new TokenBucket(3, 0);

        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Decision(true, 3, 2, 20, 0));
        assertThat(bucket.take(0).remaining()).isEqualTo(1);
        assertThat(bucket.take(0)).isEqualTo(new TokenBucket.Decision(true, 3, 0, 60, 0));
        TokenBucket.Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(refused.resetSeconds()).isEqualTo(60);
    }

    @Test
    void refillsAtTheLimitPerMinute() {
        TokenBucket bucket = new TokenBucket(60, 0);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take(0).allowed()).isTrue();
        }
        assertThat(bucket.take(0).allowed()).isFalse();
        assertThat(bucket.take(SECOND / 2).retryAfterSeconds()).isEqualTo(1);
        assertThat(bucket.take(SECOND).allowed()).isTrue();
        assertThat(bucket.take(SECOND).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(10, 0);
        TokenBucket.Decision later = bucket.take(3600 * SECOND);
        assertThat(later.remaining()).isEqualTo(9);
        assertThat(later.resetSeconds()).isEqualTo(6);
    }
}
