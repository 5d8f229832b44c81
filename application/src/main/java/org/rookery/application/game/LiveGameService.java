package org.rookery.application.game;

import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.rookery.domain.game.CommandContext;
import java.util.Optional;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameReadView;
import org.rookery.domain.game.Rejection;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.AbortGameUseCase;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.CallFlagUseCase;
import org.rookery.ports.in.ClaimDrawUseCase;
import org.rookery.ports.in.CreateGameUseCase;
import org.rookery.ports.in.DrawOfferUseCase;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.in.ResignGameUseCase;
import org.rookery.ports.in.WatchGameUseCase;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.Subscription;

/**
 * The live-game use cases, each one a command sent through the {@link MovePipeline}. Answers
 * (game views) are built under the game's lock, at the command's instant. Thread-safe, given a
 * thread-safe {@link RandomGenerator} (such as {@link java.util.Random}) for random colours.
 */
public final class LiveGameService
        implements CreateGameUseCase, JoinGameUseCase, PlayMoveUseCase, ResignGameUseCase, AbortGameUseCase,
                DrawOfferUseCase, ClaimDrawUseCase, CallFlagUseCase, GetGameUseCase, WatchGameUseCase {
    private static final Actor READER = new Actor(CommandContext.SYSTEM, "");
    private final LiveGamePorts ports;
    private final MovePipeline pipeline;
    private final ReadViews views = new ReadViews();
    private final GameLoader readers;
    private final RandomGenerator random;

    public LiveGameService(LiveGamePorts ports, LiveGameSettings settings, RandomGenerator random) {
        this.ports = ports;
        this.pipeline = new MovePipeline(ports, settings, views);
        this.readers = new GameLoader(ports.cache(), ports.snapshots(), ports.eventLog());
        this.random = random;
    }

    @Override
    public Outcome<GameView> create(Actor creator, GameSetup setup) {
        return pipeline.create(creator, ctx -> Game.create(ports.ids().newGameId(), setup, ctx, random), 
                (game, ctx) -> game.view(ctx.at()));
    }

    @Override
    public Outcome<GameView> join(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::join));
    }

    @Override
    public Outcome<MoveOutcome> move(String gameId, Actor player, MoveRequest move) {
        return pipeline.execute(gameId, player, (game, ctx) -> game.move(ctx, move));
    }

    @Override
    public Outcome<GameView> resign(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::resign));
    }

    @Override
    public Outcome<GameView> abort(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::abort));
    }

    @Override
    public Outcome<GameView> offerDraw(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::offerDraw));
    }

    @Override
    public Outcome<GameView> acceptDraw(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::acceptDraw));
    }

    @Override
    public Outcome<GameView> declineDraw(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::declineDraw));
    }

    @Override
    public Outcome<GameView> claimDraw(String gameId, Actor player) {
        return pipeline.execute(gameId, player, viewing(Game::claimDraw));
    }

    @Override
    public Outcome<GameView> flag(String gameId, Actor caller) {
        return pipeline.execute(gameId, caller, viewing(Game::flag));
    }

    /** From the game's read view: never waits for the game's writers. */
    @Override
    public Outcome<GameView> game(String gameId) {
        return read(gameId).map(view -> view.view(ports.time().now()));
    }

    /** From the game's read view: never waits for the game's writers. */
    @Override
    public Outcome<String> pgn(String gameId) {
        return read(gameId).map(GameReadView::pgn);
    }

    /** The game in memory as of its last command, or rebuilt from the store (finished games, cold ones) without any lock. */
    private Outcome<GameReadView> read(String gameId) {
        Optional<GameReadView> live = views.find(gameId);
        if (live.isPresent()) return Outcome.accepted(live.get());
        Game stored = readers.rebuild(gameId);
        if (stored == null) return Outcome.rejected(Rejection.GAME_NOT_FOUND, "no game has id " + gameId);
        return Outcome.accepted(stored.readView());
    }

    /** Under the game's lock nothing new can be recorded, so the catch-up and the live stream meet without gap. */
    @Override
    public Outcome<Subscription> watch(String gameId, long afterSeq, GameEventListener listener) {
        return pipeline.execute(gameId, READER, (game, ctx) -> {
            ports.eventLog().readAfter(gameId, Math.max(0, afterSeq)).forEach(listener::onEvent);
            return Outcome.accepted(ports.broadcaster().subscribe(gameId, listener));
        });
    }

    /** Games in memory on this node that have not ended (waiting for an opponent or in progress), for metrics. */
    public int activeGames() {
        return views.size();
    }

    private static MovePipeline.GameCommand<GameView> viewing(BiFunction<Game, CommandContext, Outcome<Game>> command) {
        return (game, ctx) -> command.apply(game, ctx).map(g -> g.view(ctx.at()));
    }
}
