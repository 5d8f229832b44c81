package org.rookery.ports.in;

import java.util.List;
import java.util.Objects;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardEntry;

/** One page of a pool's leaderboard, with the number of players on the whole board. Immutable. */
public record LeaderboardPage(RatingPool pool, long offset, long total, List<LeaderboardEntry> entries) {
    public LeaderboardPage {
        Objects.requireNonNull(pool, "pool");
        entries = List.copyOf(entries);
    }
}
