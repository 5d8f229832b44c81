package org.rookery.adapters.http.json;

import org.rookery.adapters.http.json.GameWireFormat.TimeControlJson;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.QueueEntry;
import org.rookery.domain.rating.GameMode;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.MatchmakingStats;
import org.rookery.ports.out.notice.MatchNotice;

/**
 * The JSON shapes of the matchmaking routes (docs/openapi.yaml): a place in the queue, the
 * counters, and the notices a player's stream carries. Stateless.
 */
public final class MatchmakingWireFormat {
    private MatchmakingWireFormat() {}

    /** A pool: time control, rated or casual, and the rating pool (speed) the player is paired by. */
    public record PoolJson(TimeControlJson timeControl, boolean rated, String speed) {}

    /** {@code outcome}: {@code joined}, {@code switched} (then {@code left} is the pool given up) or {@code already_waiting}. */
    public record QueueJson(String status, String outcome, PoolJson pool, double rating, String joinedAt, PoolJson left) {}

    public record LeaveJson(boolean left) {}

    public record StatsJson(int waiting, long joinsAccepted, long rateLimited, long queueFull, long matchPending, long waves,
            long matchesMade, long gamesCreated, long creationFailures, long pendingRetries, long cancelled) {}

    public record GameReadyJson(String type, String matchId, String gameId, String color, String opponent,
            TimeControlJson timeControl, boolean rated) {}

    public record GameDelayedJson(String type, String matchId, String opponent, String nextAttemptAt) {}

    public record MatchCancelledJson(String type, String matchId, String reason) {}

    public static QueueJson queue(JoinOutcome outcome) {
        return switch (outcome) {
            case JoinOutcome.Joined j -> waiting("joined", j.entry(), null);
            case JoinOutcome.Switched s -> waiting("switched", s.entry(), pool(s.left().pool()));
            case JoinOutcome.AlreadyWaiting a -> waiting("already_waiting", a.entry(), null);
            case JoinOutcome.QueueFull f -> throw new IllegalArgumentException("not waiting: " + f);
            case JoinOutcome.TooSoon t -> throw new IllegalArgumentException("not waiting: " + t);
        };
    }

    private static QueueJson waiting(String outcome, QueueEntry entry, PoolJson left) {
        return new QueueJson("waiting", outcome, pool(entry.pool()), entry.rating(), entry.joinedAt().toString(), left);
    }

    static PoolJson pool(MatchPool pool) {
        var tc = pool.timeControl();
        return new PoolJson(new TimeControlJson(tc.initialMs(), tc.incrementMs()), pool.mode() == GameMode.RATED,
                RatingPools.wireName(RatingPool.of(tc)));
    }

    public static StatsJson stats(MatchmakingStats s) {
        return new StatsJson(s.waiting(), s.joinsAccepted(), s.rateLimited(), s.queueFull(), s.matchPending(), s.waves(),
                s.matchesMade(), s.gamesCreated(), s.creationFailures(), s.pendingRetries(), s.cancelled());
    }

    /** The notice's SSE event name, which is also its {@code type}. */
    public static String name(MatchNotice notice) {
        return switch (notice) {
            case MatchNotice.GameReady r -> "gameReady";
            case MatchNotice.GameDelayed d -> "gameDelayed";
            case MatchNotice.MatchCancelled c -> "matchCancelled";
        };
    }

    public static Object notice(MatchNotice notice) {
        return switch (notice) {
            case MatchNotice.GameReady r -> new GameReadyJson(name(r), r.matchId(), r.gameId(), r.color().wireName(), r.opponent(),
                    GameWireFormat.timeControl(r.timeControl()), r.rated());
            case MatchNotice.GameDelayed d -> new GameDelayedJson(name(d), d.matchId(), d.opponent(), d.nextAttemptAt().toString());
            case MatchNotice.MatchCancelled c -> new MatchCancelledJson(name(c), c.matchId(), c.reason());
        };
    }
}
