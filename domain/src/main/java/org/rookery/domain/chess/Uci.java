package org.rookery.domain.chess;

/**
 * UCI long algebraic notation ({@code e2e4}, {@code e7e8q}). Castling prints as the king's
 * two-square step in standard chess ({@code e1g1}) and as king-takes-rook in Chess960
 * ({@code e1h1}), as UCI engines expect; parsing accepts both in standard chess. Stateless, so
 * thread-safe.
 */
public final class Uci {
    private Uci() {}

    public static String format(Position position, int move) {
        int to = Move.to(move);
        if (Move.isCastling(move) && !position.isChess960()) to = position.castlingKingTarget(move);
        String s = Square.name(Move.from(move)) + Square.name(to);
        PieceType promo = Move.promotion(move);
        return promo == null ? s : s + Character.toLowerCase(promo.letter());
    }

    /**
     * The legal move the text names.
     *
     * @throws IllegalMoveException MALFORMED when the text is not UCI, ILLEGAL when no legal move matches
     */
    public static int parse(Position position, String text) {
        if (!isWellFormed(text)) {
            throw new IllegalMoveException(IllegalMoveException.Reason.MALFORMED, String.valueOf(text),
                    "'" + text + "' is not a UCI move (expected e.g. e2e4 or e7e8q)");
        }
        int from = Square.parse(text.substring(0, 2)), to = Square.parse(text.substring(2, 4));
        PieceType promo = text.length() == 5 ? PieceType.fromLetter(text.charAt(4)) : null;
        int move = position.findLegalMove(from, to, promo);
        if (move == Move.NONE) {
            throw new IllegalMoveException(IllegalMoveException.Reason.ILLEGAL, text,
                    "'" + text + "' is not a legal move in " + position.toFen());
        }
        return move;
    }

    /** Whether the text has the shape of a UCI move, legal or not. */
    public static boolean isWellFormed(String text) {
        return text != null && text.matches("[a-h][1-8][a-h][1-8][qrbn]?");
    }
}
