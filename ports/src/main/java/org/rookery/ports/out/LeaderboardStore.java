package org.rookery.ports.out;

import java.util.List;
import java.util.OptionalLong;
import org.rookery.domain.rating.RatingPool;

/**
 * The materialized leaderboard of each pool: players ordered by rating, highest first, equal
 * ratings by player id; ranks are positions in that order (1, 2, 3 … even for ties). Every
 * placement carries the version of the rating it shows, and an older version never overwrites a
 * newer one, so concurrent updates of one player settle on the latest. Rank and page queries cost
 * O(log n + page size). Implementations are thread-safe.
 */
public interface LeaderboardStore {

    /** Shows the player at {@code rating}, unless a version ≥ {@code version} was placed or removed already. */
    void place(RatingPool pool, String playerId, double rating, long version);

    /** Takes the player off the pool's board, unless a version ≥ {@code version} was placed or removed already. */
    void remove(RatingPool pool, String playerId, long version);

    /** The player's 1-based rank, empty when they are not on the board. */
    OptionalLong rankOf(RatingPool pool, String playerId);

    /** Up to {@code limit} entries from the {@code offset}-th (0-based), best first. */
    List<LeaderboardEntry> page(RatingPool pool, long offset, int limit);

    /** Players on the pool's board. */
    long size(RatingPool pool);

    /** Empties every board and forgets every version: the first step of a rebuild. */
    void clear();
}
