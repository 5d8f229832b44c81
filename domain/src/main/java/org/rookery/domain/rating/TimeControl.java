package org.rookery.domain.rating;

import java.time.Duration;

/**
 * A Fischer time control: the initial time on each clock and the increment added after each move,
 * both in milliseconds; immutable.
 *
 * @param initialMs   time on each clock at the start, ≥ 0
 * @param incrementMs time added after each move, ≥ 0; at least one of the two is positive
 */
public record TimeControl(long initialMs, long incrementMs) {

    /** The number of moves Lichess assumes when it estimates how long a game lasts. */
    public static final int ESTIMATED_MOVES = 40;

    public TimeControl {
        InvalidRatingException.nonNegative(initialMs, "initial time (ms)");
        InvalidRatingException.nonNegative(incrementMs, "increment (ms)");
        InvalidRatingException.require(initialMs > 0 || incrementMs > 0, "a time control needs initial time or an increment");
        if (incrementMs > (Long.MAX_VALUE - initialMs) / ESTIMATED_MOVES) {
            throw new InvalidRatingException("time control too long to estimate: " + initialMs + " ms + " + incrementMs + " ms");
        }
    }

    /** A time control written the usual way: {@code minutes + seconds}, e.g. {@code of(3, 2)} for 3+2. */
    public static TimeControl of(int initialMinutes, int incrementSeconds) {
        return new TimeControl(Duration.ofMinutes(initialMinutes).toMillis(), Duration.ofSeconds(incrementSeconds).toMillis());
    }

    /** The estimated duration of one player's clock over a game: initial + 40 × increment. */
    public Duration estimatedDuration() {
        return Duration.ofMillis(initialMs + ESTIMATED_MOVES * incrementMs);
    }
}
