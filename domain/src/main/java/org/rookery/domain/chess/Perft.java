package org.rookery.domain.chess;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the leaf nodes of the legal move tree to a fixed depth, the standard correctness test
 * for move generators. Counts at the last ply in bulk (the number of legal moves) without
 * playing them. Stateless; the position passed in is used as scratch and restored.
 */
public final class Perft {
    /** One root move and the leaves under it. */
    public record Division(String uci, long nodes) {}

    private Perft() {}

    public static long count(Position position, int depth) {
        if (depth < 0) throw new IllegalArgumentException("depth must be >= 0, was " + depth);
        if (depth == 0) return 1;
        return count(position, depth, new int[depth][MoveGenerator.MAX_MOVES]);
    }

    private static long count(Position p, int depth, int[][] buffers) {
        int[] moves = buffers[depth - 1];
        int n = MoveGenerator.generate(p, moves);
        if (depth == 1) return n;
        long nodes = 0;
        for (int i = 0; i < n; i++) {
            p.makeMove(moves[i]);
            nodes += count(p, depth - 1, buffers);
            p.unmakeMove();
        }
        return nodes;
    }

    /** The count under each root move, in generation order (like Stockfish's {@code go perft}). */
    public static List<Division> divide(Position position, int depth) {
        if (depth < 1) throw new IllegalArgumentException("depth must be >= 1, was " + depth);
        int[] moves = position.legalMoves();
        List<Division> result = new ArrayList<>(moves.length);
        for (int move : moves) {
            String uci = Uci.format(position, move);
            position.makeMove(move);
            result.add(new Division(uci, count(position, depth - 1)));
            position.unmakeMove();
        }
        return result;
    }
}
