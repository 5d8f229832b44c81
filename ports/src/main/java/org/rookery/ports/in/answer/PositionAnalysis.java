package org.rookery.ports.in.answer;

import java.util.List;
import java.util.Objects;
import org.rookery.domain.chess.Color;
import org.rookery.ports.out.engine.Score;

/**
 * An engine's view of a position, for a player: the score from the side to move's point of view
 * (centipawns or a mate), the depth reached, the best move and the principal variation, each move
 * in UCI and SAN, and the engine that searched. Immutable.
 */
public record PositionAnalysis(String fen, Color sideToMove, int depth, Score score, AnalysedMove bestMove, List<AnalysedMove> pv,
        String engine) {
    public PositionAnalysis {
        Objects.requireNonNull(fen, "fen");
        Objects.requireNonNull(sideToMove, "sideToMove");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(bestMove, "bestMove");
        pv = List.copyOf(pv);
        Objects.requireNonNull(engine, "engine");
        if (pv.isEmpty() || !pv.getFirst().equals(bestMove)) throw new IllegalArgumentException("the variation must start with the best move");
    }

    /** One move of the analysis, in both notations. Immutable. */
    public record AnalysedMove(String uci, String san) {
        public AnalysedMove {
            Objects.requireNonNull(uci, "uci");
            Objects.requireNonNull(san, "san");
        }
    }
}
