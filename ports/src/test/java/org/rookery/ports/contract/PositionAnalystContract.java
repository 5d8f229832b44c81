package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.Score;
import org.rookery.ports.out.engine.SearchClocks;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.Strength;

/** What every {@link PositionAnalyst} must do, on small searches. Extend it once per adapter. */
@Timeout(60)
public abstract class PositionAnalystContract {
    protected static final String START = Position.STANDARD_START;
    /** White mates with Ra8. */
    protected static final String BACK_RANK_MATE = "6k1/5ppp/8/8/8/8/5PPP/R5K1 w - - 0 1";
    /** Black's only move is Kb8. */
    protected static final String ONLY_MOVE = "k7/8/1K6/8/8/8/8/7R b - - 0 1";
    /** Whatever Black plays (Kb8, g6, g5), Rh8 mates. */
    protected static final String MATED_NEXT_MOVE = "k7/6p1/1K6/8/8/8/8/7R b - - 0 1";
    /** White's rook takes the undefended queen. */
    protected static final String HANGING_QUEEN = "4k3/8/8/3q4/8/8/3R4/4K3 w - - 0 1";
    protected static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PositionAnalyst analyst;

    /** The adapter under test, ready to answer. Closed after each test if it is {@link AutoCloseable}. */
    protected abstract PositionAnalyst createAnalyst();

    @BeforeEach
    void create_the_analyst() {
        analyst = createAnalyst();
    }

    @AfterEach
    void close_the_analyst() throws Exception {
        if (analyst instanceof AutoCloseable closeable) closeable.close();
    }

    protected Analysis analyze(String fen, List<String> moves, SearchLimits limits) {
        return analyst.analyze(AnalysisRequest.of(fen, moves, limits, SlaTier.NORMAL, TIMEOUT));
    }

    @Test
    void answers_a_legal_move_and_a_legal_line_that_starts_with_it() {
        Analysis analysis = analyze(START, List.of(), SearchLimits.depth(4));
        assertLegalLine(START, List.of(), analysis);
        assertThat(analysis.depth()).isPositive();
    }

    @Test
    void searches_the_position_reached_by_the_moves() {
        List<String> moves = List.of("e2e4", "e7e5", "g1f3");
        Analysis analysis = analyze(START, moves, SearchLimits.depth(4));
        assertLegalLine(START, moves, analysis); // legal for Black, to move after the three moves
    }

    @Test
    void finds_a_mate_in_one_and_scores_it_as_mate() {
        Analysis analysis = analyze(BACK_RANK_MATE, List.of(), SearchLimits.depth(4));
        assertThat(analysis.bestMove()).isEqualTo("a1a8");
        assertThat(analysis.score()).isEqualTo(new Score.Mate(1));
    }

    @Test
    void plays_the_only_legal_move() {
        assertThat(analyze(ONLY_MOVE, List.of(), SearchLimits.depth(4)).bestMove()).isEqualTo("a8b8");
    }

    /** Depth 6: at depth 4 Stockfish 15.1 and Ethereal 12 prune the mate away and say -5 or -6 pawns. */
    @Test
    void sees_that_every_move_is_mated_next_move() {
        Analysis analysis = analyze(MATED_NEXT_MOVE, List.of(), SearchLimits.depth(6));
        assertLegalLine(MATED_NEXT_MOVE, List.of(), analysis);
        assertThat(analysis.score()).isEqualTo(new Score.Mate(-1));
    }

    @Test
    void takes_a_hanging_queen() {
        Analysis analysis = analyze(HANGING_QUEEN, List.of(), SearchLimits.depth(4));
        assertThat(analysis.bestMove()).isEqualTo("d2d5");
        assertThat(analysis.score()).isInstanceOfSatisfying(Score.Centipawns.class, cp -> assertThat(cp.centipawns()).isGreaterThan(300));
    }

    @Test
    void a_search_bounded_by_time_answers_a_legal_move() {
        assertLegalLine(START, List.of("d2d4"), analyze(START, List.of("d2d4"), SearchLimits.movetime(100)));
    }

    @Test
    void a_search_on_the_game_clocks_answers_a_legal_move() {
        SearchLimits clocks = SearchLimits.clocks(new SearchClocks(2_000, 2_000, 0, 0));
        assertLegalLine(START, List.of("c2c4"), analyze(START, List.of("c2c4"), clocks));
    }

    @Test
    void a_weakened_search_still_answers_a_legal_move() {
        AnalysisRequest request = AnalysisRequest.of(START, List.of(), SearchLimits.depth(3), SlaTier.CRITICAL, TIMEOUT)
                .withStrength(Strength.of(0, 1400));
        assertLegalLine(START, List.of(), analyst.analyze(request));
    }

    @Test
    void answers_concurrent_requests_of_every_tier() throws Exception {
        List<Callable<Analysis>> calls = new ArrayList<>();
        List<List<String>> lines = List.of(List.of(), List.of("e2e4"), List.of("d2d4", "d7d5"), List.of("g1f3"), List.of("c2c4", "e7e5"), List.of("b1c3"));
        for (int i = 0; i < lines.size(); i++) {
            AnalysisRequest request = AnalysisRequest.of(START, lines.get(i), SearchLimits.depth(3), SlaTier.values()[i % 3], TIMEOUT);
            calls.add(() -> analyst.analyze(request));
        }
        try (ExecutorService callers = Executors.newFixedThreadPool(calls.size())) {
            List<Future<Analysis>> answers = callers.invokeAll(calls);
            for (int i = 0; i < answers.size(); i++) assertLegalLine(START, lines.get(i), answers.get(i).get());
        }
    }

    protected static void assertLegalLine(String fen, List<String> moves, Analysis analysis) {
        Position position = replay(fen, moves);
        assertThat(analysis.pv()).first().isEqualTo(analysis.bestMove());
        for (String move : analysis.pv()) position.makeMove(Uci.parse(position, move));
    }

    private static Position replay(String fen, List<String> moves) {
        Position position = Position.fromFen(fen);
        for (String move : moves) position.makeMove(Uci.parse(position, move));
        return position;
    }
}
