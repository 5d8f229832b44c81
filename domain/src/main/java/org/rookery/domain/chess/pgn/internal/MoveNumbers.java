package org.rookery.domain.chess.pgn.internal;

import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;

/** How PGN numbers moves: {@code 12.} before White's move, {@code 12...} before Black's. Stateless. */
public final class MoveNumbers {
    private MoveNumbers() {}

    /** The move indication of the move about to be played in {@code p}, e.g. {@code 3.} or {@code 3...}. */
    public static String label(Position p) {
        return p.fullmoveNumber() + (p.sideToMove() == Color.WHITE ? "." : "...");
    }

    /** The indication for the move {@code ply} half-moves after a start with the given number and side. */
    public static String label(int startNumber, boolean startsWithBlack, int ply) {
        int index = ply + (startsWithBlack ? 1 : 0);
        return (startNumber + index / 2) + (index % 2 == 0 ? "." : "...");
    }
}
