package org.rookery.domain.game;

import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;

/**
 * Decides whether a side still has the material to mate, for the rule that a flag falling
 * against a side that cannot mate is a draw. A lone king, a king with one minor piece, or a
 * king with bishops all on squares of one colour cannot mate; anything else can (helpmates
 * against the opponent's own pieces are not considered). Stateless, so thread-safe.
 */
final class MatingMaterial {
    private MatingMaterial() {}

    static boolean canMate(Position position, Color side) {
        int knights = 0, lightBishops = 0, darkBishops = 0;
        for (int square = 0; square < 64; square++) {
            if (position.colorAt(square) != side) continue;
            PieceType type = position.pieceTypeAt(square);
            switch (type) {
                case PAWN, ROOK, QUEEN -> {
                    return true;
                }
                case KNIGHT -> knights++;
                case BISHOP -> {
                    if (((square >>> 3) + (square & 7)) % 2 == 0) darkBishops++;
                    else lightBishops++;
                }
                case KING -> {}
            }
        }
        int minors = knights + lightBishops + darkBishops;
        if (minors <= 1) return false;
        return knights > 0 || (lightBishops > 0 && darkBishops > 0);
    }
}
