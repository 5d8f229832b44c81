package org.rookery.application.matchmaking;

import java.util.Objects;
import org.rookery.ports.out.IdGenerator;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchNotifier;
import org.rookery.ports.out.MatchRetryQueue;
import org.rookery.ports.out.MatchEventLog;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/**
 * The driven ports the matchmaking service needs, as one parts list for the composition root:
 * game creation, the retry queue, player notices, matchmaking's event log ({@code MatchCreated}), the ratings
 * players are paired by, time, ids and the wave scheduler. Immutable.
 */
public record MatchmakingPorts(MatchGameCreator games, MatchRetryQueue retries, MatchNotifier notifier, MatchEventLog matches,
        RatingStore ratings, TimeSource time, IdGenerator ids, Scheduler scheduler) {
    public MatchmakingPorts {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
