package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.RateLimiterContract;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.RateLimiter.Limit;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2025-03-01T12:00:00Z"));
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(time, 3);

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected void letTimePass(Duration duration) {
        time.advance(duration);
    }

    @Test
    void forgets_buckets_that_refilled_once_it_holds_too_many_keys() {
        Limit limit = new Limit(2, Duration.ofSeconds(1));
        for (String k : new String[] {"a", "b", "c"}) limiter.tryAcquire(k, limit);
        time.advance(Duration.ofSeconds(2));
        limiter.tryAcquire("d", limit);
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void a_forgotten_bucket_comes_back_full() {
        Limit limit = new Limit(2, Duration.ofSeconds(1));
        limiter.tryAcquire("a", limit);
        limiter.tryAcquire("a", limit);
        assertThat(limiter.tryAcquire("a", limit).allowed()).isFalse();
        time.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("a", limit).allowed()).isTrue();
        assertThat(limiter.tryAcquire("a", limit).allowed()).isTrue();
        assertThat(limiter.tryAcquire("a", limit).allowed()).isFalse();
    }
}
