package org.rookery.application.matchmaking;

import java.util.concurrent.atomic.LongAdder;

/** Matchmaking's counters since start. Thread-safe. */
final class MatchmakingCounters {
    final LongAdder joinsAccepted = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder queueFull = new LongAdder();
    final LongAdder matchPending = new LongAdder();
    final LongAdder waves = new LongAdder();
    final LongAdder matchesMade = new LongAdder();
    final LongAdder gamesCreated = new LongAdder();
    final LongAdder creationFailures = new LongAdder();
    final LongAdder cancelled = new LongAdder();
}
