package org.rookery.domain.chess;

/**
 * What the rules say about a position without anyone claiming anything: the game goes on, or
 * it is over by checkmate, stalemate, or an automatic draw. Immutable.
 */
public enum GameStatus {
    ONGOING,
    CHECKMATE,
    STALEMATE,
    INSUFFICIENT_MATERIAL,
    SEVENTY_FIVE_MOVES,
    FIVEFOLD_REPETITION;

    public boolean isOver() {
        return this != ONGOING;
    }

    /** The lower-case name used by the CLI and the API ({@code "fivefold_repetition"}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
