package org.rookery.bot;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** A circuit breaker's state as the metrics show it. Immutable. */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    /** Disabled, forced open or metrics-only: set by an operator, not by failures. */
    OTHER;

    static BreakerState of(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> CLOSED;
            case OPEN -> OPEN;
            case HALF_OPEN -> HALF_OPEN;
            default -> OTHER;
        };
    }
}
