package org.rookery.domain.rating;

import java.time.Duration;
import java.util.Optional;

/**
 * A rating pool: the speed category a rated game is rated in, classified Lichess-style from the
 * estimated game duration (initial + 40 × increment); immutable.
 *
 * <p>Thresholds on the estimated duration: under 30 s ultrabullet, under 3 min bullet, under
 * 8 min blitz, under 25 min rapid, anything longer classical.
 */
public enum RatingPool {
    ULTRABULLET(Duration.ofSeconds(30)),
    BULLET(Duration.ofMinutes(3)),
    BLITZ(Duration.ofMinutes(8)),
    RAPID(Duration.ofMinutes(25)),
    CLASSICAL(null);

    private final Duration below;

    RatingPool(Duration below) {
        this.below = below;
    }

    /** The speed category of a time control, whether or not its games are rated. */
    public static RatingPool of(TimeControl timeControl) {
        Duration estimate = timeControl.estimatedDuration();
        for (RatingPool pool : values()) {
            if (pool.below == null || estimate.compareTo(pool.below) < 0) {
                return pool;
            }
        }
        throw new AssertionError("CLASSICAL has no upper bound");
    }

    /** The pool a game is rated in, or empty for a casual game: only rated games change ratings. */
    public static Optional<RatingPool> forGame(TimeControl timeControl, GameMode mode) {
        return switch (mode) {
            case RATED -> Optional.of(of(timeControl));
            case CASUAL -> Optional.empty();
        };
    }

    /** The estimated duration from which a game is too long for this pool, or empty for classical. */
    public Optional<Duration> upperBound() {
        return Optional.ofNullable(below);
    }
}
