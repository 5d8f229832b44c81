package org.rookery.adapters.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.random.RandomGenerator;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.in.JoinGameUseCase;
import org.rookery.ports.in.PlayMoveUseCase;
import org.rookery.ports.in.WatchGameUseCase;
import org.rookery.ports.out.BotOpponents;
import org.rookery.ports.out.SeatedBot;
import org.rookery.ports.out.Subscription;

/**
 * The testers' bots: a bot joins through the join use case and, woken by the game's events, plays
 * a uniformly random legal move through the move use case whenever it is its turn, with an
 * idempotent move id (the game and the ply). No engine, no book, no budget — the real bots are in
 * module {@code bot-fallback}; these stand in where a test needs an opponent that moves by itself.
 * The level only names the bot ({@code bot-<level>}). Thinks on virtual threads of its own, never
 * on the thread that delivers events. Thread-safe, given a thread-safe random generator; close it
 * to stop every bot.
 */
public final class InMemoryBotOpponents implements BotOpponents, AutoCloseable {
    /** What these bots think with, as answers name it. */
    public static final String ENGINE = "random";
    private static final System.Logger LOG = System.getLogger(InMemoryBotOpponents.class.getName());
    private final JoinGameUseCase join;
    private final WatchGameUseCase watch;
    private final GetGameUseCase read;
    private final PlayMoveUseCase play;
    private final RandomGenerator random;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("memory-bot-", 0).factory());
    private final Map<String, Subscription> watching = new ConcurrentHashMap<>();

    public InMemoryBotOpponents(JoinGameUseCase join, WatchGameUseCase watch, GetGameUseCase read, PlayMoveUseCase play, RandomGenerator random) {
        this.join = join;
        this.watch = watch;
        this.read = read;
        this.play = play;
        this.random = random;
    }

    /** All four use cases from one service that implements them (the live-game service). */
    public static <S extends JoinGameUseCase & WatchGameUseCase & GetGameUseCase & PlayMoveUseCase> InMemoryBotOpponents on(S games,
            RandomGenerator random) {
        return new InMemoryBotOpponents(games, games, games, games, random);
    }

    @Override
    public Outcome<SeatedBot> seat(String gameId, int level, String correlationId) {
        if (level < 1 || level > 8) throw new IllegalArgumentException("a bot's level is between 1 and 8, got " + level);
        Actor bot = new Actor("bot-" + level, correlationId);
        Outcome<GameView> joined = join.join(gameId, bot);
        if (joined instanceof Outcome.Rejected<GameView> refused) return refused.retype();
        String key = gameId + "/" + bot.userId();
        if (watch.watch(gameId, 0, event -> onEvent(key, gameId, bot, event)) instanceof Outcome.Accepted<Subscription>(Subscription s)) {
            Subscription previous = watching.put(key, s);
            if (previous != null) previous.close();
            wake(key, gameId, bot); // it may be the bot's move already (or the game over), with no event to come
        }
        return joined.map(game -> new SeatedBot(game, bot.userId(), ENGINE));
    }

    /** How many games these bots watch now. */
    public int playing() {
        return watching.size();
    }

    @Override
    public void close() {
        watching.values().forEach(Subscription::close);
        watching.clear();
        executor.shutdownNow();
    }

    private void onEvent(String key, String gameId, Actor bot, EventEnvelope event) {
        switch (event.payload()) {
            case MovePlayed played -> wake(key, gameId, bot);
            case PlayerJoined joined -> wake(key, gameId, bot);
            case GameEnded ended -> leave(key);
            case GameAborted aborted -> leave(key);
            default -> { }
        }
    }

    private void leave(String key) {
        Subscription subscription = watching.remove(key);
        if (subscription != null) subscription.close();
    }

    private void wake(String key, String gameId, Actor bot) {
        try {
            executor.execute(() -> moveIfItsTurn(key, gameId, bot));
        } catch (RejectedExecutionException closed) {
            // the bots were stopped: the game goes on without them
        }
    }

    private void moveIfItsTurn(String key, String gameId, Actor bot) {
        try {
            if (!(read.game(gameId) instanceof Outcome.Accepted<GameView>(GameView game))) return;
            if (game.status().isTerminal()) leave(key);
            if (game.status() != Lifecycle.IN_PROGRESS) return;
            Color turn = game.clock().turn();
            if (!bot.userId().equals(turn == Color.WHITE ? game.white() : game.black())) return;
            Position position = Position.fromFen(game.fen());
            int[] legal = position.legalMoves();
            int ply = game.moves().size();
            String uci = Uci.format(position, legal[random.nextInt(legal.length)]);
            // the same move id for the same ply: a second wake for this ply gets the first answer, never a second move
            Outcome<?> played = play.move(gameId, bot, new MoveRequest("bot-" + gameId + "-" + ply, ply, uci));
            if (played instanceof Outcome.Rejected<?> refused) LOG.log(System.Logger.Level.DEBUG, "game {0}: bot move refused: {1}", gameId, refused.message());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "game " + gameId + ": the bot failed to move", e);
        }
    }
}
