package org.rookery.ports.in;

/** Reads one page of a pool's leaderboard. Implementations are thread-safe. */
public interface GetLeaderboardUseCase {
    LeaderboardPage leaderboard(LeaderboardQuery query);
}
