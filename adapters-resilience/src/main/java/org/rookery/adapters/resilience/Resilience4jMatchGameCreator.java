package org.rookery.adapters.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.concurrent.TimeUnit;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchGameRequest;
import org.rookery.ports.out.TimeSource;

/**
 * A {@link MatchGameCreator} behind a Resilience4j circuit breaker: while the live-game side keeps
 * failing, calls fail fast with a retryable {@link GameCreationException} instead of piling up on
 * it (matchmaking keeps those matches in its retry queue). Refusals for good are the live-game
 * side answering, so they never count as failures. The breaker's time is the application's
 * {@link TimeSource}. Thread-safe.
 */
public final class Resilience4jMatchGameCreator implements MatchGameCreator {
    public static final String BREAKER_NAME = "match-game-creation";
    private final MatchGameCreator delegate;
    private final CircuitBreaker breaker;

    public Resilience4jMatchGameCreator(MatchGameCreator delegate, GameCreationBreakerSettings settings, TimeSource time) {
        this.delegate = delegate;
        java.time.Clock clock = time.asClock();
        this.breaker = CircuitBreaker.of(BREAKER_NAME, CircuitBreakerConfig.custom()
                .slidingWindow((int) settings.window().toSeconds(), settings.minimumCalls(), CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                .ignoreException(e -> e instanceof GameCreationException g && !g.retryable())
                .clock(clock)
                .currentTimestampFunction(c -> c.millis(), TimeUnit.MILLISECONDS)
                .build());
    }

    @Override
    public String createGame(MatchGameRequest request) {
        try {
            return breaker.executeSupplier(() -> delegate.createGame(request));
        } catch (CallNotPermittedException open) {
            throw GameCreationException.unavailable("circuit breaker '" + BREAKER_NAME + "' is open: game creation paused", open);
        } catch (GameCreationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw GameCreationException.unavailable("game creation failed: " + e, e);
        }
    }

    /** The breaker, for its state and metrics (e.g. Resilience4j's Micrometer or Prometheus binding in a runtime). */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }
}
