package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.RateLimiter.Decision;
import org.rookery.ports.out.RateLimiter.Limit;

/** What every {@link RateLimiter} must do. Extend it once per adapter. */
public abstract class RateLimiterContract {
    private static final Limit FIVE_THEN_ONE_A_SECOND = new Limit(5, Duration.ofSeconds(1));

    protected abstract RateLimiter limiter();

    /** Lets (real or simulated) time pass for the limiter under test. */
    protected abstract void letTimePass(Duration duration);

    /** A key no other test has used, so adapters backed by a shared store stay independent. */
    protected String key(String name) {
        return getClass().getSimpleName() + ":" + name + ":" + System.nanoTime();
    }

    @Test
    void allows_a_full_burst_then_refuses_with_a_wait_no_longer_than_one_refill() {
        String key = key("burst");
        for (int i = 0; i < 5; i++) assertThat(limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND).allowed()).as("permit %d", i).isTrue();
        Decision refused = limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_permit_comes_back_after_the_refill_interval() {
        String key = key("refill");
        for (int i = 0; i < 5; i++) limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND);
        Decision refused = limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND);
        letTimePass(refused.retryAfter().plusMillis(5));
        assertThat(limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND).allowed()).isTrue();
        assertThat(limiter().tryAcquire(key, FIVE_THEN_ONE_A_SECOND).allowed()).isFalse();
    }

    @Test
    void keys_have_their_own_buckets() {
        String alice = key("alice"), bob = key("bob");
        for (int i = 0; i < 5; i++) limiter().tryAcquire(alice, FIVE_THEN_ONE_A_SECOND);
        assertThat(limiter().tryAcquire(alice, FIVE_THEN_ONE_A_SECOND).allowed()).isFalse();
        assertThat(limiter().tryAcquire(bob, FIVE_THEN_ONE_A_SECOND).allowed()).isTrue();
    }

    @Test
    void concurrent_callers_never_get_more_than_the_capacity() throws Exception {
        String key = key("race");
        Limit hundred = new Limit(100, Duration.ofHours(1));
        List<Callable<Integer>> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            callers.add(() -> {
                int allowed = 0;
                for (int i = 0; i < 50; i++) if (limiter().tryAcquire(key, hundred).allowed()) allowed++;
                return allowed;
            });
        }
        int total = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> f : pool.invokeAll(callers)) total += f.get();
        }
        assertThat(total).isEqualTo(100);
    }
}
