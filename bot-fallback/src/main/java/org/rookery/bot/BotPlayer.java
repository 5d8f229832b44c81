package org.rookery.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveOutcome;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.TimeSource;

/**
 * One bot seated in one game. It watches the game's events; when a move or a join may have made
 * it the bot's turn, it reads the game, chooses a move and plays it like any player: with an
 * idempotent move id (the game and the ply) and the ply it decided at, sent again on an error, so
 * a retry never plays twice. Events only wake it (on the bots' executor, never on the thread that
 * delivers them); the game's own view decides. Thread-safe.
 */
final class BotPlayer implements GameEventListener {
    private static final System.Logger LOG = System.getLogger(BotPlayer.class.getName());
    private static final int SEND_ATTEMPTS = 3;
    private final String gameId;
    private final Actor bot;
    private final BotLevel level;
    private final BotUseCases games;
    private final FallbackChain chain;
    private final BotBudgets budgets;
    private final TimeSource time;
    private final Executor executor;
    private final BotMetrics metrics;
    private final Consumer<BotPlayer> onEnd;
    private final ReentrantLock thinking = new ReentrantLock();
    private int playedPly = -1; // guarded by thinking
    private volatile boolean over;

    BotPlayer(String gameId, Actor bot, BotLevel level, BotUseCases games, FallbackChain chain, BotBudgets budgets, TimeSource time,
            Executor executor, BotMetrics metrics, Consumer<BotPlayer> onEnd) {
        this.gameId = gameId;
        this.bot = bot;
        this.level = level;
        this.games = games;
        this.chain = chain;
        this.budgets = budgets;
        this.time = time;
        this.executor = executor;
        this.metrics = metrics;
        this.onEnd = onEnd;
    }

    String gameId() {
        return gameId;
    }

    @Override
    public void onEvent(EventEnvelope event) {
        switch (event.payload()) {
            case MovePlayed played -> wake();
            case PlayerJoined joined -> wake();
            case GameEnded ended -> end();
            case GameAborted aborted -> end();
            default -> { }
        }
    }

    void wake() {
        if (!over) executor.execute(this::moveIfItsMyTurn);
    }

    boolean over() {
        return over;
    }

    void end() {
        if (over) return;
        over = true;
        onEnd.accept(this);
    }

    private void moveIfItsMyTurn() {
        thinking.lock();
        try {
            if (!(games.read().game(gameId) instanceof Outcome.Accepted<GameView> read)) return;
            GameView view = read.value();
            if (view.status().isTerminal()) end();
            if (over || view.status() != Lifecycle.IN_PROGRESS) return;
            Color mine = bot.userId().equals(view.white()) ? Color.WHITE : bot.userId().equals(view.black()) ? Color.BLACK : null;
            int ply = view.moves().size();
            if (mine == null || view.clock().turn() != mine || ply <= playedPly) return;
            Instant started = time.now();
            long remaining = mine == Color.WHITE ? view.clock().whiteMs() : view.clock().blackMs();
            BotMove move = chain.choose(BotTurn.of(view, level, remaining, view.timeControl().incrementMs()));
            send(move, ply, started, budgets.moveBudget(remaining));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "game " + gameId + ": the bot failed to move", e);
        } finally {
            thinking.unlock();
        }
    }

    private void send(BotMove move, int ply, Instant started, Duration budget) {
        MoveRequest request = new MoveRequest("bot-" + gameId + "-" + ply, ply, move.uci());
        for (int attempt = 1; attempt <= SEND_ATTEMPTS && !over; attempt++) {
            try {
                Outcome<MoveOutcome> outcome = games.play().move(gameId, bot, request);
                playedPly = ply;
                if (outcome instanceof Outcome.Rejected<MoveOutcome> rejected) {
                    LOG.log(System.Logger.Level.INFO, "game {0}: the bot''s move {1} was refused: {2}", gameId, move.uci(), rejected.message());
                    return;
                }
                Duration took = Duration.between(started, time.now());
                metrics.moved(move.source(), took);
                if (took.compareTo(budget) > 0) metrics.timedOut(Budget.MOVE);
                LOG.log(System.Logger.Level.DEBUG, "game {0}: the bot played {1} from {2} in {3} ms", gameId, move.uci(), move.source(), took.toMillis());
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "game " + gameId + ": sending the bot's move failed (attempt " + attempt + "), sending it again", e);
            }
        }
    }
}
