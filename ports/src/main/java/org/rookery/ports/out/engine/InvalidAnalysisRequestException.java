package org.rookery.ports.out.engine;

/**
 * Thrown when an analysis request cannot be searched: its position has no legal move (checkmate
 * or stalemate), or a value is out of range. A malformed FEN or an illegal move in the request
 * raise the rules' own {@code InvalidFenException} and {@code IllegalMoveException}. Immutable.
 */
public final class InvalidAnalysisRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAnalysisRequestException(String message) {
        super(message);
    }
}
