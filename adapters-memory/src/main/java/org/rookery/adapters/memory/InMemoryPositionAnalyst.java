package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.Score;
import org.rookery.ports.out.engine.SearchClocks;
import org.rookery.ports.out.engine.SearchLimits;

/**
 * A weak engine in the process, with no queue: material counting and mate finding by iterative
 * deepening up to {@value #MAX_DEPTH} plies (a deeper request is cut there), within the request's
 * time and node limits. It ignores the strength asked for and never refuses for a full queue.
 * For tests and for running the platform where no real engine is installed. Thread-safe: each
 * search works on its own copy of the position.
 */
public final class InMemoryPositionAnalyst implements PositionAnalyst {
    /** The deepest this engine searches, so that a request ends in milliseconds. */
    public static final int MAX_DEPTH = 4;

    @Override
    public Analysis analyze(AnalysisRequest request) {
        Position position = request.position();
        SearchLimits limits = request.limits();
        int maxDepth = limits.depth() == 0 ? MAX_DEPTH : Math.min(limits.depth(), MAX_DEPTH);
        long deadline = System.nanoTime() + Math.min(request.timeout().toNanos(), thinkingNanos(limits, position.sideToMove()));
        MaterialSearch search = new MaterialSearch(position, limits.nodes() == 0 ? Long.MAX_VALUE : limits.nodes(), deadline);
        int bestScore = 0, reached = 0;
        int[] line = {};
        for (int depth = 1; depth <= maxDepth; depth++) {
            int score = search.search(depth, depth > 1); // depth 1 always completes: there is always an answer
            if (search.stopped()) break;
            bestScore = score;
            line = search.principalVariation();
            reached = depth;
            if (Math.abs(score) >= MaterialSearch.MATE - MaterialSearch.MAX_PLY) break;
        }
        List<String> pv = new ArrayList<>(line.length);
        for (int move : line) {
            pv.add(Uci.format(position, move));
            position.makeMove(move);
        }
        return new Analysis(pv.getFirst(), score(bestScore), reached, pv);
    }

    private static long thinkingNanos(SearchLimits limits, Color side) {
        long ms = Long.MAX_VALUE / 2_000_000;
        if (limits.movetimeMs() > 0) ms = limits.movetimeMs();
        SearchClocks clocks = limits.clocks();
        if (clocks != null) {
            long own = side == Color.WHITE ? clocks.whiteMs() : clocks.blackMs();
            long increment = side == Color.WHITE ? clocks.whiteIncrementMs() : clocks.blackIncrementMs();
            ms = Math.min(ms, own / 30 + increment / 2);
        }
        return ms * 1_000_000;
    }

    private static Score score(int value) {
        int fromMate = MaterialSearch.MATE - Math.abs(value);
        if (fromMate > MaterialSearch.MAX_PLY) return new Score.Centipawns(value, Score.Bound.EXACT);
        int moves = (fromMate + 1) / 2;
        return new Score.Mate(value > 0 ? moves : -moves);
    }
}
