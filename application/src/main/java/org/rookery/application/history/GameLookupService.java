package org.rookery.application.history;

import java.util.Optional;
import java.util.function.Function;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.FinishedGameDetails;
import org.rookery.ports.in.GetFinishedGameUseCase;
import org.rookery.ports.in.GetGameUseCase;

/**
 * Reads a game wherever it is. The live service comes first: it holds games in play and rebuilds
 * any game its event log (with snapshots) still has, and the log is the source of truth, ahead
 * of the archive by the relay's lag. Only a game the live service does not know (its log pruned,
 * or a process that serves the history without the log) is looked up in the archive, which
 * answers the same view and PGN for a finished game. Thread-safe when both sides are.
 */
public final class GameLookupService implements GetGameUseCase {
    private final GetGameUseCase live;
    private final GetFinishedGameUseCase history;

    GameLookupService(GetGameUseCase live, GetFinishedGameUseCase history) {
        this.live = live;
        this.history = history;
    }

    @Override
    public Outcome<GameView> game(String gameId) {
        return orFromHistory(gameId, live.game(gameId), FinishedGameDetails::game);
    }

    @Override
    public Outcome<String> pgn(String gameId) {
        return orFromHistory(gameId, live.pgn(gameId), FinishedGameDetails::pgn);
    }

    private <T> Outcome<T> orFromHistory(String gameId, Outcome<T> fromLive, Function<FinishedGameDetails, T> part) {
        if (!(fromLive instanceof Outcome.Rejected<T> rejected) || rejected.reason() != Rejection.GAME_NOT_FOUND) return fromLive;
        Optional<FinishedGameDetails> finished = history.finishedGame(gameId);
        return finished.<Outcome<T>>map(d -> Outcome.accepted(part.apply(d))).orElse(fromLive);
    }
}
