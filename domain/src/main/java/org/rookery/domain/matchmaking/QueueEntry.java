package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;

/**
 * A player waiting in one pool: who, where, at what rating and since when; immutable.
 *
 * @param player   the waiting player
 * @param pool     the pool they wait in
 * @param rating   the rating they are paired by (their rating in the pool's rating pool)
 * @param joinedAt when they joined
 */
public record QueueEntry(PlayerId player, MatchPool pool, double rating, Instant joinedAt) {

    public QueueEntry {
        InvalidMatchmakingException.present(player, "player");
        InvalidMatchmakingException.present(pool, "pool");
        InvalidMatchmakingException.finite(rating, "rating");
        InvalidMatchmakingException.present(joinedAt, "join instant");
    }

    /** How long the player has waited at {@code now}; zero if {@code now} is before the join. */
    public Duration waited(Instant now) {
        return now.isAfter(joinedAt) ? Duration.between(joinedAt, now) : Duration.ZERO;
    }
}
