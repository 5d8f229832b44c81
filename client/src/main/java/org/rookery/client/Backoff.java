package org.rookery.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the n-th reconnection attempt in a row: {@code base}, 2×, 4×, … up to
 * {@code cap}, each spread by ±{@code jitter} (a fraction, 0 for none) so that many clients cut
 * off together do not come back together. Default 1 s, 2 s, 4 s … 30 s, ±20 %. Immutable.
 */
public record Backoff(Duration base, Duration cap, double jitter) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("base must be positive, got " + base);
        if (cap.compareTo(base) < 0) throw new IllegalArgumentException("cap must be at least base, got " + cap + " < " + base);
        if (!(jitter >= 0 && jitter < 1)) throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
    }

    /** Doubling from {@code base} to {@code cap}, without jitter. */
    public static Backoff exponential(Duration base, Duration cap) {
        return new Backoff(base, cap, 0);
    }

    public Backoff withJitter(double fraction) {
        return new Backoff(base, cap, fraction);
    }

    /** The wait before attempt number {@code attempt} (1 for the first retry), jitter drawn from {@code random}. */
    public Duration delay(int attempt, RandomGenerator random) {
        if (attempt < 1) throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
        long capMs = cap.toMillis();
        long ms = base.toMillis();
        for (int i = 1; i < attempt && ms < capMs; i++) ms = Math.min(capMs, ms * 2);
        if (jitter > 0) ms = Math.round(ms * (1 - jitter + 2 * jitter * random.nextDouble()));
        return Duration.ofMillis(Math.max(1, Math.min(capMs, ms)));
    }
}
