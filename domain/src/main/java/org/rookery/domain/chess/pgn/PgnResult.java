package org.rookery.domain.chess.pgn;

import java.util.Optional;

/** The result of a game as PGN writes it: its game-termination marker and {@code Result} tag value. Immutable. */
public enum PgnResult {
    WHITE_WINS("1-0"),
    BLACK_WINS("0-1"),
    DRAW("1/2-1/2"),
    /** Game still in progress, abandoned, or result unknown. */
    UNDECIDED("*");

    private final String token;

    PgnResult(String token) {
        this.token = token;
    }

    /** The marker: {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *}. */
    public String token() {
        return token;
    }

    /** The result a marker stands for, or empty when the text is not one of the four markers. */
    public static Optional<PgnResult> fromToken(String text) {
        for (PgnResult r : values()) if (r.token.equals(text)) return Optional.of(r);
        return Optional.empty();
    }
}
