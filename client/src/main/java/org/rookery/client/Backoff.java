package org.rookery.client;

import java.time.Duration;

/**
 * Reconnection delays that double from {@code initial} up to {@code max}: 1 s, 2 s, 4 s … 30 s
 * by default. Immutable.
 */
public record Backoff(Duration initial, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The delay before reconnection attempt {@code attempt} (1 for the first). */
    public Duration delay(int attempt) {
        if (attempt < 1) throw new IllegalArgumentException("attempts count from 1");
        int shift = Math.min(attempt - 1, 30);
        long ms = initial.toMillis() << shift;
        return ms <= 0 || ms > max.toMillis() ? max : Duration.ofMillis(ms);
    }
}
