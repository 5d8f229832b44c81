package org.rookery.application.matchmaking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.rating.GameMode;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameRequest;
import org.rookery.ports.out.notice.MatchNotice;
import org.rookery.ports.out.PendingMatch;

/**
 * Turns a match into a game: asks the live-game side for it; on success appends
 * {@code MatchCreated} to matchmaking's durable event log (the relay publishes it) and tells both
 * players where to play; on a transient failure (of the game's creation or of the append: the
 * creator is idempotent per match, so a retry finds the same game)
 * puts the match in the retry queue with a growing delay (telling the players once); on a refusal
 * for good drops it and tells them. Thread-safe.
 */
final class GameArranger {
    private static final System.Logger LOG = System.getLogger(GameArranger.class.getName());

    /** What an attempt came to. */
    enum Result {
        CREATED,
        QUEUED,
        CANCELLED
    }

    private final MatchmakingPorts ports;
    private final MatchmakingSettings settings;
    private final MatchmakingCounters counters;

    GameArranger(MatchmakingPorts ports, MatchmakingSettings settings, MatchmakingCounters counters) {
        this.ports = ports;
        this.settings = settings;
        this.counters = counters;
    }

    Result arrange(PendingMatch pending) {
        Match match = pending.match();
        TimeControl timeControl = new TimeControl(match.pool().timeControl().initialMs(), match.pool().timeControl().incrementMs());
        boolean rated = match.pool().mode() == GameMode.RATED;
        String white = match.white().value(), black = match.black().value();
        String gameId;
        try {
            gameId = ports.games().createGame(new MatchGameRequest(pending.matchId(), white, black, timeControl, rated));
        } catch (GameCreationException e) {
            return e.retryable() ? queue(pending, e.getMessage()) : cancel(pending, e.getMessage());
        } catch (RuntimeException e) {
            return queue(pending, String.valueOf(e)); // an unexpected failure is treated as transient: the match is kept
        }
        Instant now = ports.time().now();
        MatchCreated created = new MatchCreated(pending.matchId(), white, black, gameId, timeControl, rated, match.whiteRating(),
                match.blackRating(), now);
        try {
            ports.matches().append(MatchEnvelope.of(ports.ids().newEventId(), pending.matchId(), now, pending.matchId(), created));
        } catch (RuntimeException e) {
            return queue(pending, "MatchCreated not recorded: " + e);
        }
        if (pending.failedAttempts() > 0) ports.retries().remove(pending.matchId());
        tell(white, new MatchNotice.GameReady(pending.matchId(), gameId, Color.WHITE, black, timeControl, rated));
        tell(black, new MatchNotice.GameReady(pending.matchId(), gameId, Color.BLACK, white, timeControl, rated));
        counters.gamesCreated.increment();
        return Result.CREATED;
    }

    private Result queue(PendingMatch pending, String why) {
        PendingMatch next = pending.failed(why, ports.time().now().plus(settings.retryDelay(pending.failedAttempts() + 1)));
        ports.retries().put(next);
        counters.creationFailures.increment();
        if (pending.failedAttempts() == 0) {
            LOG.log(Level.WARNING, "game of match " + pending.matchId() + " not created (" + why + "); queued for retry");
            tell(pending.match().white().value(), new MatchNotice.GameDelayed(pending.matchId(), pending.match().black().value(), next.nextAttemptAt()));
            tell(pending.match().black().value(), new MatchNotice.GameDelayed(pending.matchId(), pending.match().white().value(), next.nextAttemptAt()));
        }
        return Result.QUEUED;
    }

    private Result cancel(PendingMatch pending, String why) {
        LOG.log(Level.ERROR, "game of match " + pending.matchId() + " refused for good: " + why);
        ports.retries().remove(pending.matchId());
        counters.cancelled.increment();
        tell(pending.match().white().value(), new MatchNotice.MatchCancelled(pending.matchId(), why));
        tell(pending.match().black().value(), new MatchNotice.MatchCancelled(pending.matchId(), why));
        return Result.CANCELLED;
    }

    private void tell(String userId, MatchNotice notice) {
        try {
            ports.notifier().notify(userId, notice);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not tell " + userId + " about match " + notice.matchId(), e);
        }
    }
}
