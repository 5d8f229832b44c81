package org.rookery.adapters.memory;

import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.MatchGameRequest;

/**
 * Creates a match's game with the live-game use cases of the same process (the all-in-one
 * runtime): White creates it, Black joins, both under the match id as correlation id. Every game
 * created is remembered by match id for the life of the process, so a retry (after a failed join,
 * or after matchmaking failed to record the match) finds the same game instead of creating a
 * second one. Thread-safe.
 */
public final class InProcessMatchGameCreator implements MatchGameCreator {
    private final CreateGameUseCase create;
    private final JoinGameUseCase join;
    private final ConcurrentHashMap<String, String> gamesByMatch = new ConcurrentHashMap<>();

    public InProcessMatchGameCreator(CreateGameUseCase create, JoinGameUseCase join) {
        this.create = create;
        this.join = join;
    }

    @Override
    public String createGame(MatchGameRequest request) {
        String gameId = gamesByMatch.get(request.matchId());
        if (gameId == null) {
            GameSetup setup = GameSetup.standard(request.timeControl().initialMs(), request.timeControl().incrementMs(),
                    ColorChoice.WHITE, request.rated());
            gameId = valueOrThrow(call(() -> create.create(new Actor(request.white(), request.matchId()), setup)), request).gameId();
            gamesByMatch.put(request.matchId(), gameId);
        }
        String created = gameId;
        Outcome<GameView> joined = call(() -> join.join(created, new Actor(request.black(), request.matchId())));
        if (!(joined instanceof Outcome.Rejected<GameView> r && r.reason() == Rejection.GAME_FULL)) valueOrThrow(joined, request);
        return gameId;
    }

    private static <T> T valueOrThrow(Outcome<T> outcome, MatchGameRequest request) {
        return switch (outcome) {
            case Outcome.Accepted<T> a -> a.value();
            case Outcome.Rejected<T> r -> throw GameCreationException.refused("game of match " + request.matchId() + " refused: "
                    + r.reason().code() + " (" + r.message() + ")");
        };
    }

    /** The live-game service answers refusals as values; anything it throws is an outage worth retrying. */
    private static <T> Outcome<T> call(java.util.function.Supplier<Outcome<T>> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw GameCreationException.unavailable("live-game service failed: " + e, e);
        }
    }
}
