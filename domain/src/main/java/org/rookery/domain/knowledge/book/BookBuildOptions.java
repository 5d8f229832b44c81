package org.rookery.domain.knowledge.book;

/**
 * How a book is built from games: the plies of each game that count ({@code maxPly}) and the
 * games a move needs to be kept ({@code minGames}); the defaults are Polyglot's {@code make-book}
 * defaults (1024 and 3). Immutable.
 */
public record BookBuildOptions(int maxPly, int minGames) {
    public static final BookBuildOptions POLYGLOT_DEFAULTS = new BookBuildOptions(1024, 3);

    public BookBuildOptions {
        if (maxPly < 0) throw new IllegalArgumentException("maxPly must be at least 0, was " + maxPly);
        if (minGames < 1) throw new IllegalArgumentException("minGames must be at least 1, was " + minGames);
    }
}
