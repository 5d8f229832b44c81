package org.rookery.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;
import org.rookery.ports.out.TimeSource;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;

/**
 * How a bot chooses a move: a book move (weighted at random), else the engine's move, else a
 * random legal move, each source within its budget and the move's, behind its guard. Every move,
 * whatever its source, is checked with our rules; each source passed over is logged with its
 * reason. Without an engine (a platform where none is installed) the chain is book, then chance,
 * and a random move is what is expected, not a failure worth a warning. Always answers with a
 * legal move. Thread-safe, given a thread-safe random generator.
 */
final class FallbackChain {
    private static final System.Logger LOG = System.getLogger(FallbackChain.class.getName());
    /** The time limiter's margin over the engine request's own timeout, so the engine's typed timeout normally comes first. */
    private static final Duration LIMITER_MARGIN = Duration.ofMillis(250);
    private final OpeningBook book;
    private final Optional<PositionAnalyst> engine;
    private final Guard bookGuard, engineGuard;
    private final BotBudgets budgets;
    private final TimeSource time;
    private final RandomGenerator random;
    private final BotMetrics metrics;

    FallbackChain(OpeningBook book, Optional<PositionAnalyst> engine, Guard bookGuard, Guard engineGuard, BotBudgets budgets, TimeSource time,
            RandomGenerator random, BotMetrics metrics) {
        this.book = book;
        this.engine = engine;
        this.bookGuard = bookGuard;
        this.engineGuard = engineGuard;
        this.budgets = budgets;
        this.time = time;
        this.random = random;
        this.metrics = metrics;
    }

    BotMove choose(BotTurn turn) {
        Instant deadline = time.now().plus(budgets.moveBudget(turn.remainingMs()));
        Position position = turn.position();
        List<String> skipped = new ArrayList<>();
        Optional<String> move = fromBook(turn, position, deadline, skipped);
        if (move.isPresent()) return new BotMove(move.get(), MoveSource.BOOK, skipped);
        move = fromEngine(turn, position, deadline, skipped);
        if (move.isPresent()) return new BotMove(move.get(), MoveSource.ENGINE, skipped);
        int[] legal = position.legalMoves();
        String randomMove = Uci.format(position, legal[random.nextInt(legal.length)]);
        LOG.log(engine.isPresent() ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                "game {0}: no book or engine move ({1}); playing the random legal move {2}", turn.gameId(), skipped, randomMove);
        return new BotMove(randomMove, MoveSource.RANDOM, skipped);
    }

    private Optional<String> fromBook(BotTurn turn, Position position, Instant deadline, List<String> skipped) {
        Attempt<List<BookMove>> answer = bookGuard.call(() -> book.moves(turn.fen()), min(budgets.book(), until(deadline)));
        return switch (answer) {
            case Attempt.Failure<List<BookMove>> failure -> skip(turn, "book", failure, false, skipped);
            case Attempt.Success<List<BookMove>> success -> {
                Optional<String> picked = pick(success.value());
                if (picked.isEmpty()) {
                    skipped.add("book: out of book");
                    LOG.log(System.Logger.Level.DEBUG, "game {0}: out of book", turn.gameId());
                    yield Optional.empty();
                }
                yield checked(turn, "book", position, picked.get(), skipped);
            }
        };
    }

    private Optional<String> fromEngine(BotTurn turn, Position position, Instant deadline, List<String> skipped) {
        if (engine.isEmpty()) {
            skipped.add("engine: none installed");
            return Optional.empty();
        }
        Duration timeout = min(budgets.engine(), until(deadline).minus(LIMITER_MARGIN));
        if (!timeout.isPositive()) {
            skipped.add("engine: no time left in the move's budget");
            return Optional.empty();
        }
        long movetime = BotBudgets.movetimeMs(turn.level(), turn.remainingMs(), turn.incrementMs());
        SearchLimits limits = SearchLimits.depth(turn.level().depth()).withMovetime(movetime);
        AnalysisRequest request = new AnalysisRequest(turn.startFen(), turn.moves(), limits, turn.level().strength(), SlaTier.CRITICAL, timeout);
        Attempt<Analysis> answer = engineGuard.call(() -> engine.get().analyze(request), timeout.plus(LIMITER_MARGIN));
        return switch (answer) {
            case Attempt.Failure<Analysis> failure -> skip(turn, "engine", failure, failure.cause() instanceof EngineTimeoutException, skipped);
            case Attempt.Success<Analysis> success -> checked(turn, "engine", position, success.value().bestMove(), skipped);
        };
    }

    private Optional<String> skip(BotTurn turn, String source, Attempt.Failure<?> failure, boolean ownTimeout, List<String> skipped) {
        if (failure.kind() == Attempt.Kind.TIMED_OUT || ownTimeout) metrics.timedOut(source.equals("book") ? Budget.BOOK : Budget.ENGINE);
        skipped.add(source + ": " + failure.reason());
        LOG.log(System.Logger.Level.WARNING, "game {0}: no {1} move: {2}", turn.gameId(), source, failure.reason());
        return Optional.empty();
    }

    /** Our rules have the last word: a move from outside that they refuse is passed over. */
    private static Optional<String> checked(BotTurn turn, String source, Position position, String uci, List<String> skipped) {
        try {
            return Optional.of(Uci.format(position, Uci.parse(position, uci)));
        } catch (IllegalMoveException e) {
            skipped.add(source + ": refused its move " + uci + " (" + e.getMessage() + ")");
            LOG.log(System.Logger.Level.WARNING, "game {0}: the {1} proposed {2}, which our rules refuse", turn.gameId(), source, uci);
            return Optional.empty();
        }
    }

    /** A book move at random, in proportion to the weights; moves of weight 0 never. */
    private Optional<String> pick(List<BookMove> moves) {
        long total = moves.stream().mapToLong(BookMove::weight).sum();
        if (total == 0) return Optional.empty();
        long ticket = random.nextLong(total);
        for (BookMove move : moves) {
            ticket -= move.weight();
            if (ticket < 0) return Optional.of(move.uci());
        }
        throw new IllegalStateException("weights changed while picking");
    }

    private Duration until(Instant deadline) {
        return Duration.between(time.now(), deadline);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
