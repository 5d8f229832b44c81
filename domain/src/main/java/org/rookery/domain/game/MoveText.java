package org.rookery.domain.game;

import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Square;

/**
 * Reads a move sent in UCI without regular expressions or exceptions, because every move of
 * every game passes through here. Stateless, so thread-safe.
 */
final class MoveText {
    private MoveText() {}

    /** The legal move the UCI text names, or {@link Move#NONE} when it is malformed or illegal. */
    static int find(Position position, String uci) {
        if (uci == null || (uci.length() != 4 && uci.length() != 5)) return Move.NONE;
        int from = square(uci.charAt(0), uci.charAt(1));
        int to = square(uci.charAt(2), uci.charAt(3));
        if (from == Square.NONE || to == Square.NONE) return Move.NONE;
        PieceType promotion = null;
        if (uci.length() == 5) {
            char c = uci.charAt(4);
            promotion = c == 'q' ? PieceType.QUEEN : c == 'r' ? PieceType.ROOK : c == 'b' ? PieceType.BISHOP : c == 'n' ? PieceType.KNIGHT : null;
            if (promotion == null) return Move.NONE;
        }
        return position.findLegalMove(from, to, promotion);
    }

    private static int square(char file, char rank) {
        if (file < 'a' || file > 'h' || rank < '1' || rank > '8') return Square.NONE;
        return Square.of(file - 'a', rank - '1');
    }
}
