package org.rookery.bot;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.OpeningBook;
import org.rookery.ports.out.Subscription;
import org.rookery.ports.out.TimeSource;
import org.rookery.ports.out.engine.PositionAnalyst;

/**
 * The bots of a platform: seats a bot in a game and lets it play there until the game ends, each
 * move from the book, the engine or chance (see {@link FallbackChain}) within the budgets, behind
 * one guard for the engine and one for the book, shared by every game. Thinking runs on virtual
 * threads of its own. Thread-safe, given a thread-safe random generator; close it to stop every bot.
 */
public final class Bots implements AutoCloseable {
    public static final String ENGINE_GUARD = "bot-engine", BOOK_GUARD = "bot-book";
    private final BotUseCases games;
    private final BotSettings settings;
    private final TimeSource time;
    private final BotMetrics metrics;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bot-", 0).factory());
    private final Guard engineGuard, bookGuard;
    private final FallbackChain chain;
    private final Map<String, Seat> seats = new ConcurrentHashMap<>();

    private record Seat(BotPlayer player, Subscription subscription) {}

    public Bots(BotUseCases games, PositionAnalyst engine, OpeningBook book, BotSettings settings, TimeSource time, RandomGenerator random,
            BotMetrics metrics) {
        this(games, Optional.of(engine), book, settings, time, random, metrics);
    }

    /** Bots on a platform without an engine: a book move when there is one, else a random legal move. */
    public static Bots withoutEngine(BotUseCases games, OpeningBook book, BotSettings settings, TimeSource time, RandomGenerator random,
            BotMetrics metrics) {
        return new Bots(games, Optional.empty(), book, settings, time, random, metrics);
    }

    private Bots(BotUseCases games, Optional<PositionAnalyst> engine, OpeningBook book, BotSettings settings, TimeSource time,
            RandomGenerator random, BotMetrics metrics) {
        this.games = games;
        this.settings = settings;
        this.time = time;
        this.metrics = metrics;
        this.engineGuard = new Guard(ENGINE_GUARD, settings.engineGuard(), time, executor, metrics);
        this.bookGuard = new Guard(BOOK_GUARD, settings.bookGuard(), time, executor, metrics);
        this.chain = new FallbackChain(book, engine, bookGuard, engineGuard, settings.budgets(), time, random, metrics);
    }

    /** Seats the bot in a game that waits for an opponent (the game starts) and plays its moves until the game ends. */
    public Outcome<GameView> join(String gameId, Actor bot, BotLevel level) {
        Outcome<GameView> joined = games.join().join(gameId, bot);
        if (joined.isAccepted()) play(gameId, bot, level);
        return joined;
    }

    /** Plays the moves of a bot already seated in the game (it created it, or joined it earlier) until the game ends. */
    public Outcome<Subscription> play(String gameId, Actor bot, BotLevel level) {
        String key = gameId + "/" + bot.userId();
        BotPlayer player = new BotPlayer(gameId, bot, level, games, chain, settings.budgets(), time, executor, metrics, ended -> leave(key, ended));
        Outcome<Subscription> watching = games.watch().watch(gameId, 0, player);
        if (watching instanceof Outcome.Accepted<Subscription> accepted) {
            Seat previous = seats.put(key, new Seat(player, accepted.value()));
            if (previous != null) stop(previous); // the same bot seated again: the new player replaces the old
            if (player.over()) leave(key, player); // the catch-up showed the game already over
            else player.wake(); // in case it is its turn and no event comes
        }
        return watching;
    }

    /** The move a bot of this level would play now (the same chain, guards and budgets as in its games). */
    public BotMove choose(BotTurn turn) {
        return chain.choose(turn);
    }

    /** How many games bots play now. */
    public int playing() {
        return seats.size();
    }

    public BreakerState engineBreaker() {
        return engineGuard.state();
    }

    public BreakerState bookBreaker() {
        return bookGuard.state();
    }

    /** Stops every bot (their games go on without them) and the threads they think on. */
    @Override
    public void close() {
        seats.keySet().forEach(key -> {
            Seat seat = seats.remove(key);
            if (seat != null) stop(seat);
        });
        executor.shutdownNow();
    }

    private void leave(String key, BotPlayer player) {
        Seat seat = seats.get(key);
        if (seat != null && seat.player() == player && seats.remove(key, seat)) stop(seat);
    }

    private static void stop(Seat seat) {
        seat.subscription().close();
        seat.player().end();
    }
}
