package org.rookery.ports.in;

/**
 * Matchmaking's counters since start, for metrics: players waiting, joins accepted and rejected
 * by reason, waves run, matches made, games created, creation failures, matches waiting for a
 * retry and matches given up. Immutable.
 */
public record MatchmakingStats(int waiting, long joinsAccepted, long rateLimited, long queueFull, long matchPending,
        long waves, long matchesMade, long gamesCreated, long creationFailures, long pendingRetries, long cancelled) {}
