package org.rookery.ports.in;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.rookery.domain.rating.RatingPool;

/**
 * A player's standing in one pool as of the moment it was read: rating, RD grown by inactivity
 * since the last game, volatility, rated games, whether the rating is provisional, and the rank on
 * the pool's leaderboard (empty while off the board). Immutable.
 */
public record PoolStanding(RatingPool pool, double rating, double deviation, double volatility, int gamesPlayed,
        Instant lastPlayed, boolean provisional, OptionalLong rank) {
    public PoolStanding {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(lastPlayed, "lastPlayed");
        Objects.requireNonNull(rank, "rank");
    }
}
