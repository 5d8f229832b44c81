package org.rookery.ports.out;

import java.time.Duration;
import java.util.Objects;

/**
 * Token buckets by key ({@code "move:user:alice"}, {@code "guest:ip:203.0.113.9"}): each key's
 * bucket holds up to {@link Limit#capacity()} permits and gains one every
 * {@link Limit#refillInterval()}; an action spends one. In memory on one node, in Redis across
 * nodes. Implementations are thread-safe.
 */
public interface RateLimiter {

    /** Takes one permit from the key's bucket (created full on first use) if one is there. */
    Decision tryAcquire(String key, Limit limit);

    /** A bucket's shape: at most {@code capacity} permits, one more every {@code refillInterval}. Immutable. */
    record Limit(int capacity, Duration refillInterval) {
        public Limit {
            if (capacity < 1) throw new IllegalArgumentException("capacity must be positive, got " + capacity);
            Objects.requireNonNull(refillInterval, "refillInterval");
            if (refillInterval.isNegative() || refillInterval.isZero()) {
                throw new IllegalArgumentException("refillInterval must be positive, got " + refillInterval);
            }
        }

        /** {@code perSecond} permits a second on average, with bursts of up to {@code burst}. */
        public static Limit perSecond(double perSecond, int burst) {
            if (!(perSecond > 0)) throw new IllegalArgumentException("perSecond must be positive, got " + perSecond);
            return new Limit(burst, Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond))));
        }
    }

    /** Whether the action may go ahead and, if not, how long until a permit is back. Immutable. */
    record Decision(boolean allowed, Duration retryAfter) {
        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (allowed && !retryAfter.isZero()) throw new IllegalArgumentException("an allowed action has nothing to wait for");
            if (!allowed && (retryAfter.isZero() || retryAfter.isNegative())) {
                throw new IllegalArgumentException("a refusal must say how long to wait");
            }
        }

        public static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
