package org.rookery.domain.chess.pgn.internal;

/** A lexical token of PGN and where it starts (line and column from 1). Immutable. */
public record Token(Kind kind, String text, int line, int column) {
    /** The kinds of PGN token. */
    public enum Kind {
        TAG_START,
        TAG_END,
        STRING,
        SYMBOL,
        PERIOD,
        STAR,
        NAG,
        GLYPH,
        COMMENT,
        VARIATION_START,
        VARIATION_END,
        EOF
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
