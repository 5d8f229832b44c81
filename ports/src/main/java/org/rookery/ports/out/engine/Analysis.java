package org.rookery.ports.out.engine;

import java.util.List;
import java.util.Objects;
import org.rookery.domain.chess.Uci;

/**
 * An engine's answer: the best move, its score, the depth reached and the principal variation,
 * all in UCI. The best move is legal in the request's position and the variation is a legal
 * line from it that starts with the best move (adapters check both with our rules). Immutable.
 */
public record Analysis(String bestMove, Score score, int depth, List<String> pv) {
    public Analysis {
        if (!Uci.isWellFormed(bestMove)) throw new IllegalArgumentException("best move must be UCI, got " + bestMove);
        Objects.requireNonNull(score, "score");
        if (depth < 0) throw new IllegalArgumentException("depth cannot be negative, got " + depth);
        pv = List.copyOf(pv);
        if (pv.isEmpty() || !pv.getFirst().equals(bestMove)) throw new IllegalArgumentException("the variation must start with the best move");
    }
}
