package org.rookery.ports.out;

/**
 * One row of a leaderboard: the player's 1-based rank in the pool, and the rating it is ranked by.
 * Immutable.
 */
public record LeaderboardEntry(long rank, String playerId, double rating) {
    public LeaderboardEntry {
        if (rank < 1) throw new IllegalArgumentException("ranks start at 1, got " + rank);
        if (playerId == null || playerId.isBlank()) throw new IllegalArgumentException("playerId must not be blank");
    }
}
