package org.rookery.ports.out;

import java.util.Objects;
import org.rookery.domain.rating.RatingPool;

/**
 * What makes a rated result unique: the game and the pool it is rated in. A result is applied at
 * most once per key, whichever path brought it and however often. Immutable.
 *
 * @param gameId the game whose result it is, not blank
 * @param pool   the rating pool the game counts in
 */
public record ResultKey(String gameId, RatingPool pool) {
    public ResultKey {
        if (gameId == null || gameId.isBlank()) throw new IllegalArgumentException("gameId must not be blank");
        Objects.requireNonNull(pool, "pool");
    }
}
