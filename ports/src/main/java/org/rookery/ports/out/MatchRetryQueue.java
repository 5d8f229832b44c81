package org.rookery.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Matches whose game is not created yet, waiting for their next attempt: nothing paired is lost
 * while the live-game side is down. Implementations are thread-safe.
 */
public interface MatchRetryQueue {

    /** Adds the match, or replaces the entry of the same match id. */
    void put(PendingMatch match);

    /** Up to {@code max} matches due at {@code now}, earliest first, left in the queue. */
    List<PendingMatch> due(Instant now, int max);

    /** Forgets the match (its game exists, or it was given up); nothing happens for an unknown id. */
    void remove(String matchId);

    /** The waiting match the player is part of, if any. */
    Optional<PendingMatch> pendingFor(String playerId);

    long size();
}
