package org.rookery.domain.chess;

/** The six kinds of chess piece, in the order used by move encodings. Immutable. */
public enum PieceType {
    PAWN('P'),
    KNIGHT('N'),
    BISHOP('B'),
    ROOK('R'),
    QUEEN('Q'),
    KING('K');

    private static final PieceType[] VALUES = values();
    private final char letter;

    PieceType(char letter) {
        this.letter = letter;
    }

    /** The upper-case letter used in SAN and FEN ({@code P N B R Q K}). */
    public char letter() {
        return letter;
    }

    static PieceType of(int index) {
        return VALUES[index];
    }

    /** The piece for a SAN/FEN letter in either case, or null when the letter names no piece. */
    public static PieceType fromLetter(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'P' -> PAWN;
            case 'N' -> KNIGHT;
            case 'B' -> BISHOP;
            case 'R' -> ROOK;
            case 'Q' -> QUEEN;
            case 'K' -> KING;
            default -> null;
        };
    }
}
