package org.rookery.adapters.http.usecase;

import java.util.function.Supplier;
import org.rookery.adapters.http.observability.CommandObserver;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.AbortGameUseCase;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.ClaimDrawUseCase;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.DrawOfferUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.in.ResignGameUseCase;

/**
 * The live-game commands as the adapter's routes and sockets call them: each one goes through the
 * {@link CommandObserver} (a span, the log context's game id, and for moves the scorecard's count
 * and latency) on its way to the real use case. This is the one place REST and WebSocket both
 * pass, so every move is timed the same way, from the use case's call to its answer: JSON, auth
 * and rate limits before it are the transport's and counted in the HTTP metrics. Thread-safe.
 */
public final class ObservedLiveGame implements CreateGameUseCase, JoinGameUseCase, PlayMoveUseCase, ResignGameUseCase,
        AbortGameUseCase, DrawOfferUseCase, ClaimDrawUseCase {
    private final LiveGameApi games;
    private final CommandObserver observer;

    private ObservedLiveGame(LiveGameApi games, CommandObserver observer) {
        this.games = games;
        this.observer = observer;
    }

    /** {@code games} with its commands observed; reads, watching and premove checks pass untouched. */
    public static LiveGameApi wrap(LiveGameApi games, CommandObserver observer) {
        ObservedLiveGame o = new ObservedLiveGame(games, observer);
        return new LiveGameApi(o, o, o, o, o, o, o, games.games(), games.watch(), games.validate());
    }

    @Override
    public Outcome<GameView> create(Actor creator, GameSetup setup) {
        return observe("create", null, creator, () -> games.create().create(creator, setup));
    }

    @Override
    public Outcome<GameView> join(String gameId, Actor player) {
        return observe("join", gameId, player, () -> games.join().join(gameId, player));
    }

    @Override
    public Outcome<MoveOutcome> move(String gameId, Actor player, MoveRequest move) {
        return observe(CommandObserver.MOVE, gameId, player, () -> games.play().move(gameId, player, move));
    }

    @Override
    public Outcome<GameView> resign(String gameId, Actor player) {
        return observe("resign", gameId, player, () -> games.resign().resign(gameId, player));
    }

    @Override
    public Outcome<GameView> abort(String gameId, Actor player) {
        return observe("abort", gameId, player, () -> games.abort().abort(gameId, player));
    }

    @Override
    public Outcome<GameView> offerDraw(String gameId, Actor player) {
        return observe("draw_offer", gameId, player, () -> games.draws().offerDraw(gameId, player));
    }

    @Override
    public Outcome<GameView> acceptDraw(String gameId, Actor player) {
        return observe("draw_accept", gameId, player, () -> games.draws().acceptDraw(gameId, player));
    }

    @Override
    public Outcome<GameView> declineDraw(String gameId, Actor player) {
        return observe("draw_decline", gameId, player, () -> games.draws().declineDraw(gameId, player));
    }

    @Override
    public Outcome<GameView> claimDraw(String gameId, Actor player) {
        return observe("draw_claim", gameId, player, () -> games.claims().claimDraw(gameId, player));
    }

    private <T> Outcome<T> observe(String command, String gameId, Actor actor, Supplier<Outcome<T>> run) {
        return observer.observe(command, gameId, actor.correlationId(), run);
    }
}
