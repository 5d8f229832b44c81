package org.rookery.domain.chess.pgn.internal;

import java.util.List;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.pgn.PgnMove;
import org.rookery.domain.chess.pgn.Variation;

/** Checks that a line of PGN moves, with its variations, is legal and written in canonical SAN. Stateless. */
public final class LineReplay {
    private LineReplay() {}

    /**
     * Replays {@code line} and each variation from the position before the move it replaces; leaves
     * {@code p} as it was.
     *
     * @throws IllegalArgumentException naming the first illegal or non-canonical move
     */
    public static void check(Position p, List<PgnMove> line) {
        int played = 0;
        try {
            for (PgnMove m : line) {
                for (Variation v : m.variations()) check(p, v.moves());
                int move = parse(p, m.san());
                String canonical = San.format(p, move);
                if (!canonical.equals(m.san())) {
                    throw new IllegalArgumentException("'" + m.san() + "' is not canonical SAN; write '" + canonical + "'");
                }
                p.makeMove(move);
                played++;
            }
        } finally {
            for (int i = 0; i < played; i++) p.unmakeMove();
        }
    }

    private static int parse(Position p, String san) {
        try {
            return San.parse(p, san);
        } catch (IllegalMoveException e) {
            throw new IllegalArgumentException("move " + MoveNumbers.label(p) + " " + e.getMessage(), e);
        }
    }
}
