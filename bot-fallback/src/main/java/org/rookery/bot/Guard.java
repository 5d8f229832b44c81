package org.rookery.bot;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rookery.ports.out.TimeSource;

/**
 * Resilience4j around one dependency of the bots (the engine, the book): a bulkhead (too many
 * calls at once are refused at once), a circuit breaker (after repeated failures, calls are
 * refused at once until a probe succeeds) and a time limiter (a call that overruns its timeout is
 * abandoned and its thread interrupted; the timeout counts as a failure). Failures are values,
 * never exceptions. Thread-safe.
 */
final class Guard {
    private final String name;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final ExecutorService executor;

    Guard(String name, GuardSettings settings, TimeSource time, ExecutorService executor, BotMetrics metrics) {
        this.name = name;
        this.executor = executor;
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindow(settings.window(), settings.minimumCalls(), CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                .clock(time.asClock())
                .currentTimestampFunction(clock -> clock.millis(), TimeUnit.MILLISECONDS)
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom().maxConcurrentCalls(settings.maxConcurrent()).maxWaitDuration(Duration.ZERO).build());
        breaker.getEventPublisher().onStateTransition(event -> metrics.breakerTransition(name,
                BreakerState.of(event.getStateTransition().getFromState()), BreakerState.of(event.getStateTransition().getToState())));
    }

    /** Runs the work on the bots' executor and waits for it at most {@code timeout}. */
    <T> Attempt<T> call(Callable<T> work, Duration timeout) {
        if (!timeout.isPositive()) return new Attempt.Failure<>(Attempt.Kind.TIMED_OUT, "no time left in the move's budget", null);
        TimeLimiter limiter = TimeLimiter.of(name, TimeLimiterConfig.custom().timeoutDuration(timeout).cancelRunningFuture(true).build());
        Callable<T> limited = TimeLimiter.decorateFutureSupplier(limiter, () -> executor.submit(work));
        Callable<T> guarded = Bulkhead.decorateCallable(bulkhead, CircuitBreaker.decorateCallable(breaker, limited));
        try {
            return new Attempt.Success<>(guarded.call());
        } catch (BulkheadFullException e) {
            return new Attempt.Failure<>(Attempt.Kind.BULKHEAD_FULL, "too many calls at once (bulkhead '" + name + "' is full)", null);
        } catch (CallNotPermittedException e) {
            return new Attempt.Failure<>(Attempt.Kind.BREAKER_OPEN, "circuit breaker '" + name + "' is open", null);
        } catch (TimeoutException e) {
            return new Attempt.Failure<>(Attempt.Kind.TIMED_OUT, "timed out after " + timeout.toMillis() + " ms", null);
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InterruptedException) Thread.currentThread().interrupt();
            return new Attempt.Failure<>(Attempt.Kind.FAILED, "failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    BreakerState state() {
        return BreakerState.of(breaker.getState());
    }
}
