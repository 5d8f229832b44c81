package org.rookery.domain.knowledge.endgame;

/** The game-theoretic result of a position for the side to move, with perfect play. Immutable. */
public enum Wdl {
    WIN,
    DRAW,
    LOSS;

    /** The lower-case name used on the wire ({@code "win"}, {@code "draw"}, {@code "loss"}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
