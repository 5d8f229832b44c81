package org.rookery.domain.chess;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * UCI long algebraic notation ({@code e2e4}, {@code e7e8q}). Castling prints as the king's
 * two-square step in standard chess ({@code e1g1}) and as king-takes-rook in Chess960
 * ({@code e1h1}), as UCI engines expect; parsing accepts both in standard chess. Thread-safe.
 */
public final class Uci {
    /**
     * The text of each from-to pair without promotion, made on first use and then shared: a
     * server keeps the text of every move it records, and most games repeat the same few hundred.
     */
    private static final AtomicReferenceArray<String> PLAIN = new AtomicReferenceArray<>(64 * 64);

    private Uci() {}

    public static String format(Position position, int move) {
        int from = Move.from(move), to = Move.to(move);
        if (Move.isCastling(move) && !position.isChess960()) to = position.castlingKingTarget(move);
        PieceType promo = Move.promotion(move);
        if (promo != null) return Square.name(from) + Square.name(to) + Character.toLowerCase(promo.letter());
        String text = PLAIN.getAcquire(from * 64 + to);
        if (text == null) {
            text = Square.name(from) + Square.name(to);
            PLAIN.setRelease(from * 64 + to, text); // two threads may both make it: equal texts, either wins
        }
        return text;
    }

    /**
     * The legal move the text names. Allocates nothing unless it throws, so a server can validate
     * every incoming move with it (a {@code String}, or a {@code CharSequence} view of a buffer).
     *
     * @throws IllegalMoveException MALFORMED when the text is not UCI, ILLEGAL when no legal move matches
     */
    public static int parse(Position position, CharSequence text) {
        if (!isWellFormed(text)) {
            throw new IllegalMoveException(IllegalMoveException.Reason.MALFORMED, String.valueOf(text),
                    "'" + text + "' is not a UCI move (expected e.g. e2e4 or e7e8q)");
        }
        int from = square(text, 0), to = square(text, 2);
        PieceType promo = text.length() == 5 ? PieceType.fromLetter(text.charAt(4)) : null;
        int move = position.findLegalMove(from, to, promo);
        if (move == Move.NONE) {
            throw new IllegalMoveException(IllegalMoveException.Reason.ILLEGAL, text.toString(),
                    "'" + text + "' is not a legal move in " + position.toFen());
        }
        return move;
    }

    /** Whether the text has the shape of a UCI move ({@code [a-h][1-8][a-h][1-8][qrbn]?}), legal or not. */
    public static boolean isWellFormed(CharSequence text) {
        if (text == null || (text.length() != 4 && text.length() != 5)) return false;
        if (!isSquare(text, 0) || !isSquare(text, 2)) return false;
        return text.length() == 4 || "qrbn".indexOf(text.charAt(4)) >= 0;
    }

    private static boolean isSquare(CharSequence text, int at) {
        char file = text.charAt(at), rank = text.charAt(at + 1);
        return file >= 'a' && file <= 'h' && rank >= '1' && rank <= '8';
    }

    private static int square(CharSequence text, int at) {
        return Square.of(text.charAt(at) - 'a', text.charAt(at + 1) - '1');
    }
}
