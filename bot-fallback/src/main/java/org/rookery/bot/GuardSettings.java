package org.rookery.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * How a bot protects itself from one dependency (the engine, the book): the circuit breaker opens
 * once {@code failureRatePercent} % of the last {@code window} calls failed (timeouts included;
 * counted from {@code minimumCalls} calls), stays open {@code openFor}, then lets
 * {@code halfOpenProbes} calls through to test a recovery; the bulkhead lets at most
 * {@code maxConcurrent} calls wait on the dependency at once (one more is refused at once). Immutable.
 */
public record GuardSettings(int window, int minimumCalls, float failureRatePercent, Duration openFor, int halfOpenProbes, int maxConcurrent) {
    public GuardSettings {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1 call");
        if (minimumCalls < 1 || minimumCalls > window) throw new IllegalArgumentException("minimumCalls must be between 1 and the window");
        if (!(failureRatePercent > 0 && failureRatePercent <= 100)) throw new IllegalArgumentException("failureRatePercent must be in (0, 100]");
        Objects.requireNonNull(openFor, "openFor");
        if (!openFor.isPositive()) throw new IllegalArgumentException("openFor must be positive");
        if (halfOpenProbes < 1) throw new IllegalArgumentException("halfOpenProbes must be at least 1");
        if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent must be at least 1");
    }

    /** Opens when half of the last 10 calls failed (from 4 calls on), for 30 s; 2 probes; 64 calls at once. */
    public static GuardSettings defaults() {
        return new GuardSettings(10, 4, 50, Duration.ofSeconds(30), 2, 64);
    }
}
