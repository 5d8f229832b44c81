package org.rookery.domain.chess;

/**
 * Thrown when a FEN string is malformed or describes an impossible position; names the field
 * and the reason. Immutable.
 */
public final class InvalidFenException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The six FEN fields, plus the string as a whole (for a wrong field count). */
    public enum Field {
        FIELD_COUNT,
        PIECE_PLACEMENT,
        SIDE_TO_MOVE,
        CASTLING,
        EN_PASSANT,
        HALFMOVE_CLOCK,
        FULLMOVE_NUMBER
    }

    private final String fen;
    private final Field field;
    private final String reason;

    public InvalidFenException(String fen, Field field, String reason) {
        super("invalid FEN (" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + reason
                + ": \"" + fen + "\"");
        this.fen = fen;
        this.field = field;
        this.reason = reason;
    }

    public String fen() {
        return fen;
    }

    public Field field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
