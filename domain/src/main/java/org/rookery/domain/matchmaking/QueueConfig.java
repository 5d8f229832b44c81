package org.rookery.domain.matchmaking;

import java.time.Duration;

/**
 * The limits of a matchmaking queue; immutable.
 *
 * @param capacity     the most players waiting at once, across all pools (100 000)
 * @param joinInterval the least time between two accepted joins of one player (10 s)
 */
public record QueueConfig(int capacity, Duration joinInterval) {

    public QueueConfig {
        InvalidMatchmakingException.requireValue(capacity > 0, "queue capacity must be positive", capacity);
        InvalidMatchmakingException.present(joinInterval, "join interval");
        InvalidMatchmakingException.requireValue(!joinInterval.isNegative(), "join interval must not be negative", joinInterval);
    }

    /** 100 000 players, one join per player per 10 s. */
    public static QueueConfig defaults() {
        return new QueueConfig(100_000, Duration.ofSeconds(10));
    }
}
