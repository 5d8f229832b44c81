package org.rookery.domain.chess.pgn;

/**
 * Which annotations a PGN reader keeps or a writer prints: comments, numeric annotation glyphs
 * (NAGs, including the {@code !}/{@code ?} suffixes) and variations. What is not kept is still
 * read and checked for syntax, then dropped; a dropped variation's moves are not validated. Immutable.
 */
public record Annotations(boolean comments, boolean nags, boolean variations) {
    /** Everything. */
    public static final Annotations ALL = new Annotations(true, true, true);
    /** The bare mainline. */
    public static final Annotations NONE = new Annotations(false, false, false);
}
