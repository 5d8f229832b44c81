package org.rookery.ports.in;

/** Reads matchmaking's counters (the metrics endpoint exposes them). Implementations are thread-safe. */
public interface GetMatchmakingStatsUseCase {
    MatchmakingStats stats();
}
