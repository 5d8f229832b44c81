package org.rookery.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.adapters.memory.InMemoryOpeningBook;
import org.rookery.adapters.memory.ManualTimeSource;
import org.rookery.adapters.memory.SystemTimeSource;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.contract.Eventually;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;
import org.rookery.ports.out.TimeSource;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.SlaTier;

/** Book, then engine, then chance: each source within its budget and behind its guard. */
@Timeout(60)
class FallbackChainTest {
    private static final String START = Position.STANDARD_START;
    private static final OpeningBook NO_BOOK = InMemoryOpeningBook.empty();
    /** Generous for a loaded machine: deadlines are honoured within this. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private final BotCounters counters = new BotCounters();
    private Bots bots;

    @AfterEach
    void stop_the_bots() {
        if (bots != null) bots.close();
    }

    @Test
    void plays_a_book_move_in_a_known_position_without_asking_the_engine() {
        FakeAnalyst engine = FakeAnalyst.answering("d2d4");
        bots = bots(engine, book(START, new BookMove("e2e4", 100, 0), new BookMove("c2c4", 0, 0)), BotSettings.DEFAULTS, new SystemTimeSource());
        BotMove move = bots.choose(turn(START, 60_000));
        assertThat(move).isEqualTo(new BotMove("e2e4", MoveSource.BOOK, List.of()));
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void picks_book_moves_in_proportion_to_their_weights_and_never_one_of_weight_zero() {
        bots = bots(FakeAnalyst.failing(), book(START, new BookMove("e2e4", 3, 0), new BookMove("d2d4", 1, 0), new BookMove("g1f3", 0, 0)),
                BotSettings.DEFAULTS, new SystemTimeSource());
        Map<String, Integer> picks = new HashMap<>();
        for (int i = 0; i < 4_000; i++) picks.merge(bots.choose(turn(START, 60_000)).uci(), 1, Integer::sum);
        assertThat(picks.get("e2e4")).isBetween(2_800, 3_200);
        assertThat(picks.get("d2d4")).isBetween(800, 1_200);
        assertThat(picks).doesNotContainKey("g1f3");
    }

    @Test
    void out_of_book_the_engine_moves() {
        bots = bots(FakeAnalyst.answering("g1f3"), NO_BOOK, BotSettings.DEFAULTS, new SystemTimeSource());
        assertThat(bots.choose(turn(START, 60_000))).isEqualTo(new BotMove("g1f3", MoveSource.ENGINE, List.of("book: out of book")));
    }

    @Test
    void the_engine_is_asked_at_the_levels_strength_and_depth_for_a_move_time_the_clock_allows() {
        FakeAnalyst engine = FakeAnalyst.answering("e2e4");
        bots = bots(engine, NO_BOOK, BotSettings.DEFAULTS, new SystemTimeSource());
        BotTurn turn = new BotTurn("g", START, List.of(), START, BotLevel.of(8), 4_000, 0);
        bots.choose(turn);
        AnalysisRequest asked = engine.requests.getFirst();
        assertThat(asked.tier()).isEqualTo(SlaTier.CRITICAL);
        assertThat(asked.strength()).isEqualTo(BotLevel.of(8).strength());
        assertThat(asked.limits().depth()).isEqualTo(BotLevel.of(8).depth());
        assertThat(asked.limits().movetimeMs()).as("a 40th of 4 s, not level 8's 2 s").isEqualTo(100);
        assertThat(asked.timeout()).isPositive().isLessThanOrEqualTo(BotBudgets.DEFAULTS.moveBudget(4_000));
    }

    @Test
    void with_every_engine_dead_a_random_legal_move_is_played() {
        bots = bots(FakeAnalyst.failing(), NO_BOOK, BotSettings.DEFAULTS, new SystemTimeSource());
        BotMove move = bots.choose(turn(START, 60_000));
        assertThat(move.source()).isEqualTo(MoveSource.RANDOM);
        assertLegal(START, move.uci());
        assertThat(move.skipped()).containsExactly("book: out of book",
                "engine: failed: EngineUnavailableException: every engine is dead");
    }

    @Test
    void an_engine_that_never_answers_costs_the_engine_budget_and_no_more_then_a_random_move_is_played() {
        FakeAnalyst engine = FakeAnalyst.hanging();
        BotBudgets budgets = new BotBudgets(Duration.ofMillis(400), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(300));
        bots = bots(engine, NO_BOOK, new BotSettings(budgets, GuardSettings.defaults(), GuardSettings.defaults()), new SystemTimeSource());
        long started = System.nanoTime();
        BotMove move = bots.choose(turn(START, 600_000));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(400).plus(SLACK));
        assertThat(move.source()).isEqualTo(MoveSource.RANDOM);
        assertThat(move.skipped()).last().asString().startsWith("engine: timed out after");
        assertThat(counters.timeoutCount(Budget.ENGINE)).isEqualTo(1);
        Eventually.await(Duration.ofSeconds(5), () -> engine.interrupted.get() == 1, "the abandoned engine call to be interrupted");
    }

    @Test
    void a_book_that_never_answers_costs_the_book_budget_then_the_engine_moves() {
        OpeningBook stuck = fen -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        BotBudgets budgets = new BotBudgets(Duration.ofSeconds(20), Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMillis(300));
        bots = bots(FakeAnalyst.answering("d2d4"), stuck, new BotSettings(budgets, GuardSettings.defaults(), GuardSettings.defaults()), new SystemTimeSource());
        BotMove move = bots.choose(turn(START, 600_000));
        assertThat(move).isEqualTo(new BotMove("d2d4", MoveSource.ENGINE, List.of("book: timed out after 300 ms")));
        assertThat(counters.timeoutCount(Budget.BOOK)).isEqualTo(1);
    }

    @Test
    void moves_our_rules_refuse_are_passed_over_whoever_proposes_them() {
        OpeningBook cheatingBook = fen -> List.of(new BookMove("e2e5", 1, 0));
        bots = bots(FakeAnalyst.answering("a1a8"), cheatingBook, BotSettings.DEFAULTS, new SystemTimeSource());
        BotMove move = bots.choose(turn(START, 60_000));
        assertThat(move.source()).isEqualTo(MoveSource.RANDOM);
        assertLegal(START, move.uci());
        assertThat(move.skipped()).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("refused its move"));
    }

    @Test
    void repeated_engine_failures_open_the_breaker_and_a_successful_probe_closes_it() {
        ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-01-01T00:00:00Z"));
        FakeAnalyst engine = FakeAnalyst.failing();
        GuardSettings guard = new GuardSettings(4, 4, 50, Duration.ofSeconds(30), 1, 8);
        bots = bots(engine, NO_BOOK, new BotSettings(BotBudgets.DEFAULTS, guard, GuardSettings.defaults()), time);
        for (int i = 0; i < 4; i++) bots.choose(turn(START, 600_000));
        assertThat(bots.engineBreaker()).isEqualTo(BreakerState.OPEN);

        BotMove whileOpen = bots.choose(turn(START, 600_000));
        assertThat(engine.requests).as("not asked while the breaker is open").hasSize(4);
        assertThat(whileOpen.source()).isEqualTo(MoveSource.RANDOM);
        assertThat(whileOpen.skipped()).contains("engine: circuit breaker 'bot-engine' is open");

        engine.become(FakeAnalyst.answering("e2e4"));
        time.advance(Duration.ofSeconds(31));
        assertThat(bots.choose(turn(START, 600_000)).source()).isEqualTo(MoveSource.ENGINE);
        assertThat(bots.engineBreaker()).isEqualTo(BreakerState.CLOSED);
        assertThat(counters.transitionCount(Bots.ENGINE_GUARD, BreakerState.CLOSED, BreakerState.OPEN)).isEqualTo(1);
        assertThat(counters.transitionCount(Bots.ENGINE_GUARD, BreakerState.OPEN, BreakerState.HALF_OPEN)).isEqualTo(1);
        assertThat(counters.transitionCount(Bots.ENGINE_GUARD, BreakerState.HALF_OPEN, BreakerState.CLOSED)).isEqualTo(1);
        assertThat(counters.state(Bots.ENGINE_GUARD)).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void the_bulkhead_refuses_at_once_a_move_beyond_the_calls_allowed_to_wait_on_the_engine() throws Exception {
        FakeAnalyst engine = FakeAnalyst.hanging();
        GuardSettings oneAtATime = new GuardSettings(10, 4, 50, Duration.ofSeconds(30), 1, 1);
        BotBudgets budgets = new BotBudgets(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(300));
        bots = bots(engine, NO_BOOK, new BotSettings(budgets, oneAtATime, GuardSettings.defaults()), new SystemTimeSource());
        CompletableFuture<BotMove> first = CompletableFuture.supplyAsync(() -> bots.choose(turn(START, 600_000)));
        Eventually.await(Duration.ofSeconds(5), () -> engine.requests.size() == 1, "the first move to wait on the engine");
        BotMove second = bots.choose(turn(START, 600_000));
        assertThat(second.source()).isEqualTo(MoveSource.RANDOM);
        assertThat(second.skipped()).contains("engine: too many calls at once (bulkhead 'bot-engine' is full)");
        assertThat(first).isNotDone();
        bots.close();
        assertThat(first.get(10, TimeUnit.SECONDS).source()).isEqualTo(MoveSource.RANDOM);
    }

    @Test
    void with_almost_no_time_on_its_clock_the_bot_plays_at_once_without_asking_anyone() {
        FakeAnalyst engine = FakeAnalyst.answering("e2e4");
        bots = bots(engine, book(START, new BookMove("d2d4", 1, 0)), BotSettings.DEFAULTS, new SystemTimeSource());
        BotMove move = bots.choose(turn(START, 250));
        assertThat(move.source()).isEqualTo(MoveSource.RANDOM);
        assertThat(move.skipped()).containsExactly("book: no time left in the move's budget", "engine: no time left in the move's budget");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void without_an_engine_the_bot_plays_the_book_then_random_legal_moves_and_never_trips_a_breaker() {
        bots = Bots.withoutEngine(new BotPlatform().useCases(), book(START, new BookMove("e2e4", 1, 0)), BotSettings.DEFAULTS,
                new SystemTimeSource(), new Random(11), counters);
        assertThat(bots.choose(turn(START, 60_000))).isEqualTo(new BotMove("e2e4", MoveSource.BOOK, List.of()));
        String afterE4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";
        for (int i = 0; i < 10; i++) {
            BotMove move = bots.choose(turn(afterE4, 60_000));
            assertThat(move.source()).isEqualTo(MoveSource.RANDOM);
            assertThat(move.skipped()).containsExactly("book: out of book", "engine: none installed");
            assertLegal(afterE4, move.uci());
        }
        assertThat(bots.engineBreaker()).isEqualTo(BreakerState.CLOSED);
        assertThat(counters.timeoutCount(Budget.ENGINE)).isZero();
    }

    private Bots bots(PositionAnalyst engine, OpeningBook book, BotSettings settings, TimeSource time) {
        return new Bots(new BotPlatform().useCases(), engine, book, settings, time, new Random(11), counters);
    }

    private static OpeningBook book(String fen, BookMove... moves) {
        return new InMemoryOpeningBook(Map.of(fen, List.of(moves)));
    }

    private static BotTurn turn(String fen, long remainingMs) {
        return new BotTurn("game-1", fen, List.of(), fen, BotLevel.of(5), remainingMs, 0);
    }

    private static void assertLegal(String fen, String uci) {
        Position position = Position.fromFen(fen);
        assertThat(Uci.format(position, Uci.parse(position, uci))).isEqualTo(uci);
    }
}
