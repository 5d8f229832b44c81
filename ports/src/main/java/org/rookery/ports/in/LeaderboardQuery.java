package org.rookery.ports.in;

import org.rookery.domain.rating.RatingPool;

/**
 * Which page of which leaderboard: a pool, the 0-based offset of the first row, and 1 to
 * {@value #MAX_LIMIT} rows. Invalid values cannot exist. Immutable.
 */
public record LeaderboardQuery(RatingPool pool, long offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public LeaderboardQuery {
        if (pool == null) throw new InvalidLeaderboardQueryException("pool", "a pool is required");
        if (offset < 0) throw new InvalidLeaderboardQueryException("offset", "offset must not be negative, got " + offset);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidLeaderboardQueryException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}
