package org.rookery.application.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.testkit.LiveGameKit.accepted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.domain.chess.Color;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.AnalysisQuery;
import org.rookery.ports.in.InvalidAnalysisQueryException;
import org.rookery.ports.in.answer.PositionAnalysis;
import org.rookery.ports.in.answer.PositionAnalysis.AnalysedMove;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.Score;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

class PositionAnalysisServiceTest {
    /** The Scholar's mate one move before: White mates with Qxf7#. */
    private static final String MATE_IN_ONE = "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4";
    private static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    /** An engine that answers a fixed analysis and keeps the requests it got. */
    private static final class ScriptedAnalyst implements PositionAnalyst {
        final List<AnalysisRequest> requests = new ArrayList<>();
        private final Analysis answer;

        ScriptedAnalyst(Analysis answer) {
            this.answer = answer;
        }

        @Override
        public Analysis analyze(AnalysisRequest request) {
            requests.add(request);
            return answer;
        }
    }

    @Test
    void finds_the_mate_in_one_and_writes_it_in_uci_and_san() {
        var service = new PositionAnalysisService(new InMemoryPositionAnalyst(), "in-memory", TIMEOUT);
        PositionAnalysis analysis = accepted(service.analyze(new AnalysisQuery(MATE_IN_ONE, 3, 0)));
        assertThat(analysis.score()).isEqualTo(new Score.Mate(1));
        assertThat(analysis.bestMove()).isEqualTo(new AnalysedMove("h5f7", "Qxf7#"));
        assertThat(analysis.pv()).containsExactly(new AnalysedMove("h5f7", "Qxf7#"));
        assertThat(analysis.sideToMove()).isEqualTo(Color.WHITE);
        assertThat(analysis.engine()).isEqualTo("in-memory");
        assertThat(analysis.depth()).isPositive();
    }

    @Test
    void asks_the_engine_at_full_strength_in_the_normal_tier_within_the_querys_limits_and_the_timeout() {
        var engine = new ScriptedAnalyst(new Analysis("e2e4", new Score.Centipawns(31, Score.Bound.EXACT), 12, List.of("e2e4", "e7e5", "g1f3")));
        var service = new PositionAnalysisService(engine, "stockfish", TIMEOUT);
        PositionAnalysis analysis = accepted(service.analyze(new AnalysisQuery(START, 12, 800)));
        AnalysisRequest asked = engine.requests.getFirst();
        assertThat(asked.tier()).isEqualTo(SlaTier.NORMAL);
        assertThat(asked.strength().isFull()).isTrue();
        assertThat(asked.limits().depth()).isEqualTo(12);
        assertThat(asked.limits().movetimeMs()).isEqualTo(800);
        assertThat(asked.timeout()).isEqualTo(TIMEOUT);
        assertThat(asked.fen()).isEqualTo(START);
        assertThat(asked.moves()).isEmpty();
        assertThat(analysis.pv()).extracting(AnalysedMove::san).containsExactly("e4", "e5", "Nf3");
        assertThat(analysis.score()).isEqualTo(new Score.Centipawns(31, Score.Bound.EXACT));
        assertThat(analysis.depth()).isEqualTo(12);
    }

    @Test
    void keeps_only_the_legal_beginning_of_a_variation() {
        var engine = new ScriptedAnalyst(new Analysis("e2e4", new Score.Centipawns(20, Score.Bound.LOWER), 5, List.of("e2e4", "e2e4", "d7d5")));
        PositionAnalysis analysis = accepted(new PositionAnalysisService(engine, "x", TIMEOUT).analyze(new AnalysisQuery(START, 5, 0)));
        assertThat(analysis.pv()).containsExactly(new AnalysedMove("e2e4", "e4"));
    }

    @Test
    void a_malformed_fen_and_a_position_already_over_are_invalid_fens_and_no_engine_is_asked() {
        var engine = new ScriptedAnalyst(new Analysis("e2e4", new Score.Unknown(), 1, List.of("e2e4")));
        var service = new PositionAnalysisService(engine, "x", TIMEOUT);
        for (String fen : List.of("not a fen", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR x KQkq - 0 1",
                "rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3", // White is mated
                "7k/5Q2/6K1/8/8/8/8/8 b - - 0 1")) { // Black is stalemated
            Outcome<PositionAnalysis> outcome = service.analyze(new AnalysisQuery(fen, 4, 0));
            assertThat(outcome).as(fen).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.INVALID_FEN));
        }
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void the_engines_failures_pass_through_as_the_ports_exceptions() {
        PositionAnalyst full = request -> {
            throw new TierQueueFullException(request.tier(), 32);
        };
        var service = new PositionAnalysisService(full, "stockfish", TIMEOUT);
        assertThatThrownBy(() -> service.analyze(new AnalysisQuery(START, 0, 100))).isInstanceOfSatisfying(TierQueueFullException.class,
                e -> assertThat(e.tier()).isEqualTo(SlaTier.NORMAL));
    }

    @Test
    void a_query_names_its_bad_field() {
        assertField(() -> new AnalysisQuery(START, 0, 0), "depth");
        assertField(() -> new AnalysisQuery(START, AnalysisQuery.MAX_DEPTH + 1, 0), "depth");
        assertField(() -> new AnalysisQuery(START, -1, 100), "depth");
        assertField(() -> new AnalysisQuery(START, 0, AnalysisQuery.MAX_MOVETIME_MS + 1), "movetimeMs");
        assertField(() -> new AnalysisQuery(START, 0, -5), "movetimeMs");
        assertField(() -> new AnalysisQuery(" ", 3, 0), "fen");
        assertField(() -> new AnalysisQuery("x".repeat(AnalysisQuery.MAX_FEN_LENGTH + 1), 3, 0), "fen");
        assertThat(new AnalysisQuery(START, AnalysisQuery.MAX_DEPTH, AnalysisQuery.MAX_MOVETIME_MS).depth()).isEqualTo(AnalysisQuery.MAX_DEPTH);
    }

    private static void assertField(Runnable query, String field) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(InvalidAnalysisQueryException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
