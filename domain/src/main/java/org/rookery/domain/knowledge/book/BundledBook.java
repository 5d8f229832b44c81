package org.rookery.domain.knowledge.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The opening book that ships with Rookery: built by our {@link BookBuilder} from the project's
 * Stockfish self-play corpus ({@code tools/book/selfplay-corpus.pgn.gz}, made by
 * {@code scripts/knowledge/generate-corpus.sh}) with {@code scripts/knowledge/build-book.sh},
 * counting the first {@value #MAX_PLY} plies of each game and keeping every move that scored
 * (played in at least {@value #MIN_GAMES} game): the corpus's opening moves are all within 40
 * centipawns of Stockfish's best, so a single game is evidence enough. Stateless, so thread-safe.
 */
public final class BundledBook {
    public static final int MAX_PLY = 30;
    public static final int MIN_GAMES = 1;
    /** Where the book lies on the class path. */
    public static final String RESOURCE = "/org/rookery/domain/knowledge/book/rookery-book.bin";

    private BundledBook() {}

    /** The options the bundled book is built with. */
    public static BookBuildOptions options() {
        return new BookBuildOptions(MAX_PLY, MIN_GAMES);
    }

    /** Reads the bundled book from the class path. */
    public static OpeningBook open() {
        try (InputStream in = BundledBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the bundled opening book " + RESOURCE + " is not on the class path");
            return OpeningBook.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled opening book " + RESOURCE, e);
        }
    }
}
