package org.rookery.adapters.memory;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.TimeSource;

/**
 * Token buckets in a concurrent map, refilled lazily from the time source when touched. Buckets
 * that have refilled completely carry no information, so they are dropped in a sweep once the
 * map holds more than {@code maxKeys}. Thread-safe: each key's bucket changes atomically.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    /** Permits are counted in nanoseconds of refill: a bucket is the instant (ns) it will be full again. */
    private final ConcurrentHashMap<String, Long> buckets = new ConcurrentHashMap<>();
    private final TimeSource time;
    private final int maxKeys;

    public InMemoryRateLimiter(TimeSource time) {
        this(time, 100_000);
    }

    public InMemoryRateLimiter(TimeSource time, int maxKeys) {
        if (maxKeys < 1) throw new IllegalArgumentException("maxKeys must be positive");
        this.time = time;
        this.maxKeys = maxKeys;
    }

    @Override
    public Decision tryAcquire(String key, Limit limit) {
        long now = nanos();
        long refill = limit.refillInterval().toNanos();
        long capacity = Math.multiplyHigh(refill, limit.capacity()) != 0 ? Long.MAX_VALUE / 2 : refill * limit.capacity();
        long[] waitNanos = {0};
        buckets.compute(key, (k, bucket) -> {
            // "fullAt" in the past means the bucket is full; each permit pushes it one refill later.
            long fullAt = bucket == null ? now : Math.max(bucket, now);
            long next = fullAt + refill;
            if (next - now > capacity) {
                waitNanos[0] = next - now - capacity;
                return bucket;
            }
            return next;
        });
        if (buckets.size() > maxKeys) sweep(now);
        return waitNanos[0] == 0 ? Decision.ALLOWED : Decision.refused(Duration.ofNanos(waitNanos[0]));
    }

    /** How many keys hold a bucket that is not full. */
    public int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> e.getValue() <= now);
    }

    private long nanos() {
        var instant = time.now();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
