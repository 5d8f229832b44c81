package org.rookery.adapters.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * When the circuit breaker around game creation opens and how it recovers. Immutable.
 *
 * <p>Resilience4j decides on a failure rate over a time window: the breaker opens once the last
 * {@code window} holds at least {@code minimumCalls} calls of which at least
 * {@code failureRatePercent} % failed. With the defaults (60 s, 5 calls, 50 %) five failures in a
 * row within a minute open it, as the audit asks; with successes mixed in, failures must also be
 * at least half of the calls. It stays open {@code openFor}, then lets {@code halfOpenProbes}
 * calls through: if they succeed (below the failure rate) it closes, otherwise it opens again.
 *
 * @param window             the sliding time window, whole seconds, at least 1 s
 * @param minimumCalls       calls in the window before the rate counts
 * @param failureRatePercent failure rate that opens the breaker, in (0, 100]
 * @param openFor            how long the breaker stays open before probing
 * @param halfOpenProbes     calls let through to probe a recovery
 */
public record GameCreationBreakerSettings(Duration window, int minimumCalls, float failureRatePercent, Duration openFor,
        int halfOpenProbes) {

    public GameCreationBreakerSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(openFor, "openFor");
        if (window.toSeconds() < 1 || window.toMillis() % 1000 != 0) throw new IllegalArgumentException("window must be whole seconds, at least 1 s");
        if (minimumCalls < 1) throw new IllegalArgumentException("minimumCalls must be positive");
        if (!(failureRatePercent > 0 && failureRatePercent <= 100)) throw new IllegalArgumentException("failureRatePercent must be in (0, 100]");
        if (!openFor.isPositive()) throw new IllegalArgumentException("openFor must be positive");
        if (halfOpenProbes < 1) throw new IllegalArgumentException("halfOpenProbes must be positive");
    }

    /** Opens after 5 failures in 60 s (at a 50 % failure rate), stays open 30 s, probes with one call. */
    public static GameCreationBreakerSettings defaults() {
        return new GameCreationBreakerSettings(Duration.ofSeconds(60), 5, 50, Duration.ofSeconds(30), 1);
    }
}
