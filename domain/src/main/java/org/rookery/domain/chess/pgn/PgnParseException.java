package org.rookery.domain.chess.pgn;

import java.util.Locale;

/**
 * Thrown when PGN text is malformed or a game in it is impossible: says what is wrong and where
 * (line and column, both from 1). For a bad move it also names the move as written. Immutable;
 * carries no stack trace, because it reports input, not a bug.
 */
public final class PgnParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        UNEXPECTED_CHARACTER,
        UNEXPECTED_TOKEN,
        UNTERMINATED_COMMENT,
        UNTERMINATED_STRING,
        UNTERMINATED_VARIATION,
        BAD_TAG,
        DUPLICATE_TAG,
        BAD_FEN,
        UNSUPPORTED_VARIANT,
        BAD_ANNOTATION,
        MALFORMED_MOVE,
        ILLEGAL_MOVE,
        AMBIGUOUS_MOVE,
        RESULT_MISMATCH,
        TOO_LONG
    }

    private final Problem problem;
    private final int line;
    private final int column;
    private final String move;
    private final String detail;

    public PgnParseException(Problem problem, int line, int column, String detail) {
        this(problem, line, column, null, detail);
    }

    public PgnParseException(Problem problem, int line, int column, String move, String detail) {
        super("PGN line " + line + ", column " + column + ": "
                + problem.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + detail);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.move = move;
        this.detail = detail;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // bad input needs no stack trace, and a large file may hold many bad games
    }

    public Problem problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The move as written, for MALFORMED_MOVE, ILLEGAL_MOVE and AMBIGUOUS_MOVE; else null. */
    public String move() {
        return move;
    }

    /** The explanation, without the position. */
    public String detail() {
        return detail;
    }
}
