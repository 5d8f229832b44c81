package org.rookery.domain.knowledge.endgame.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.rookery.domain.chess.Position;

/**
 * Checks a looked-up value against one ply of the rules: checkmate is a loss in 0, stalemate a
 * draw, otherwise the value is the best over the legal moves of the successors' values (a fast
 * win, else a draw, else a slow loss). Holding for every position, this makes a distance-to-mate
 * table exact. Stateless.
 */
final class BellmanCheck {
    private BellmanCheck() {}

    static void verify(TableLibrary library, Position position) {
        int stored = library.plies(position);
        assertThat(stored).as("value of %s", position.toFen()).isEqualTo(bestOverMoves(library, position));
    }

    /** The value one ply of search gives, successors looked up (through en passant when it is allowed). */
    static int bestOverMoves(TableLibrary library, Position position) {
        int[] moves = position.legalMoves();
        if (moves.length == 0) return position.inCheck() ? 0 : -1;
        int best = Integer.MIN_VALUE, bestPlies = -1;
        for (int move : moves) {
            position.makeMove(move);
            int theirs = pieces(position) == 2 ? -1
                    : position.enPassantSquare() >= 0 ? bestOverMoves(library, position) : library.plies(position);
            position.unmakeMove();
            int ours = theirs < 0 ? -1 : theirs + 1;
            int score = ours < 0 ? 0 : ours % 2 == 1 ? 1000 - ours : ours - 1000;
            if (score > best) {
                best = score;
                bestPlies = ours;
            }
        }
        return bestPlies;
    }

    private static int pieces(Position position) {
        int n = 0;
        for (int sq = 0; sq < 64; sq++) if (position.pieceTypeAt(sq) != null) n++;
        return n;
    }
}
