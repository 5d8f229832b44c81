package org.rookery.bot;

import java.time.Duration;

/**
 * Hooks through which bots report what they do, for metrics: moves by source, timeouts by
 * budget, circuit-breaker transitions. Called from the bots' threads, so implementations must be
 * thread-safe and fast.
 */
public interface BotMetrics {
    /** Metrics that go nowhere. */
    BotMetrics NONE = new BotMetrics() {};

    /** A bot played a move from this source, {@code took} after it started thinking. */
    default void moved(MoveSource source, Duration took) {}

    /** A call ran out of its budget (for {@link Budget#MOVE}: the move was played late). */
    default void timedOut(Budget budget) {}

    default void breakerTransition(String breaker, BreakerState from, BreakerState to) {}
}
