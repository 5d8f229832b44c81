package org.rookery.domain.knowledge.book;

import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;

/**
 * Polyglot's 16-bit move encoding: bits 0–5 the target square, 6–11 the origin (a1 = 0 … h8 = 63),
 * 12–14 the promotion (1 knight, 2 bishop, 3 rook, 4 queen); castling is written king-takes-rook
 * ({@code e1h1}), as our {@link Move} encodes it. Stateless, so thread-safe.
 */
public final class PolyglotMove {
    private PolyglotMove() {}

    /** The Polyglot code of one of our moves. */
    public static int encode(int move) {
        PieceType promotion = Move.promotion(move);
        // Our PieceType order (pawn, knight, bishop, rook, queen) gives Polyglot's promotion codes.
        int promo = promotion == null ? 0 : promotion.ordinal();
        return Move.to(move) | (Move.from(move) << 6) | (promo << 12);
    }

    /** The legal move a Polyglot code stands for in this position, or {@link Move#NONE} when none does. */
    public static int decode(Position position, int code) {
        int to = code & 63, from = (code >>> 6) & 63, promo = (code >>> 12) & 7;
        if (promo > 4 || (code & 0x8000) != 0) return Move.NONE;
        PieceType promotion = switch (promo) {
            case 1 -> PieceType.KNIGHT;
            case 2 -> PieceType.BISHOP;
            case 3 -> PieceType.ROOK;
            case 4 -> PieceType.QUEEN;
            default -> null;
        };
        if (from == to) return Move.NONE; // a1a1: "should simply be ignored"
        return position.findLegalMove(from, to, promotion);
    }
}
