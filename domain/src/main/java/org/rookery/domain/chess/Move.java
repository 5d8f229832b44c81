package org.rookery.domain.chess;

/**
 * Moves encoded as ints, so that generating and storing them allocates nothing. Bits 0–5 hold
 * the origin square, 6–11 the target, 12–14 the promotion piece ({@link PieceType#ordinal()},
 * 0 for none), 15–16 a flag (en passant or castling). A castling move is encoded as "king takes
 * own rook" (origin = king square, target = rook square), which covers Chess960 uniformly;
 * {@link Uci} prints it the standard way. Stateless, so thread-safe.
 */
public final class Move {
    /** Never a legal move: a1 to a1. */
    public static final int NONE = 0;

    static final int EN_PASSANT = 1 << 15;
    static final int CASTLING = 2 << 15;

    private Move() {}

    static int of(int from, int to) {
        return from | (to << 6);
    }

    static int promotion(int from, int to, int pieceType) {
        return from | (to << 6) | (pieceType << 12);
    }

    public static int from(int move) {
        return move & 63;
    }

    /** The target square; for castling, the castling rook's square. */
    public static int to(int move) {
        return (move >>> 6) & 63;
    }

    /** The piece a pawn promotes to, or null. */
    public static PieceType promotion(int move) {
        int p = (move >>> 12) & 7;
        return p == 0 ? null : PieceType.of(p);
    }

    static int promotionIndex(int move) {
        return (move >>> 12) & 7;
    }

    public static boolean isCastling(int move) {
        return (move & CASTLING) != 0;
    }

    public static boolean isEnPassant(int move) {
        return (move & EN_PASSANT) != 0;
    }
}
