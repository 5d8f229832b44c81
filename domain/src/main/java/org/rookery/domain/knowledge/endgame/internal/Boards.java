package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.chess.PieceType;

/** Small facts about a layout's squares: occupancy, what stands where, check, FEN. Stateless, so thread-safe. */
final class Boards {
    private Boards() {}

    static long occupancy(int[] squares, int pieces) {
        long occ = 0;
        for (int i = 0; i < pieces; i++) occ |= 1L << squares[i];
        return occ;
    }

    /** The slot of the piece on {@code square}, or -1. */
    static int slotAt(int[] squares, int pieces, int square) {
        for (int i = 0; i < pieces; i++) if (squares[i] == square) return i;
        return -1;
    }

    /** Whether the king of {@code defender} is attacked by the other side's pieces. */
    static boolean kingAttacked(Layout layout, int[] squares, int defender) {
        long occ = occupancy(squares, layout.pieces);
        int king = squares[defender]; // kings are slots 0 (White) and 1 (Black)
        for (int i = 0; i < layout.pieces; i++) {
            if (layout.color[i] == defender) continue;
            if (Geometry.attacks(layout.type[i], layout.color[i], squares[i], king, occ)) return true;
        }
        return false;
    }

    /** The FEN of a position without castling rights or en-passant square. */
    static String fen(Layout layout, int[] squares, int sideToMove) {
        char[] board = new char[64];
        for (int i = 0; i < layout.pieces; i++) {
            char letter = PieceType.values()[layout.type[i]].letter();
            board[squares[i]] = layout.color[i] == 0 ? letter : Character.toLowerCase(letter);
        }
        StringBuilder sb = new StringBuilder(40);
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                char c = board[rank * 8 + file];
                if (c == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) sb.append(empty);
                empty = 0;
                sb.append(c);
            }
            if (empty > 0) sb.append(empty);
            if (rank > 0) sb.append('/');
        }
        return sb.append(sideToMove == 0 ? " w - - 0 1" : " b - - 0 1").toString();
    }
}
