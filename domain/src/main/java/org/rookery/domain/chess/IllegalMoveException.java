package org.rookery.domain.chess;

/**
 * Thrown when a move written in UCI or SAN cannot be played in a position: the text is
 * malformed, names no legal move, or (SAN only) names more than one. Carries the reason and the
 * text. Immutable; carries no stack trace, because it reports input, not a bug.
 */
public final class IllegalMoveException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the move was refused. */
    public enum Reason {
        MALFORMED,
        ILLEGAL,
        AMBIGUOUS
    }

    private final Reason reason;
    private final String move;

    public IllegalMoveException(Reason reason, String move, String detail) {
        super(detail);
        this.reason = reason;
        this.move = move;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // input errors need no stack trace, and clients may send many
    }

    public Reason reason() {
        return reason;
    }

    /** The text of the refused move. */
    public String move() {
        return move;
    }
}
