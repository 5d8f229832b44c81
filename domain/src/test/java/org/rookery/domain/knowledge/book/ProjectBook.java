package org.rookery.domain.knowledge.book;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnReader;

/** The project's corpus and how the bundled book is made from it, for the tests. Stateless. */
final class ProjectBook {
    private ProjectBook() {}

    /** {@code rookery.book.corpus} (set by the build), else {@code tools/book/selfplay-corpus.pgn.gz} above the working directory. */
    static Path corpusFile() {
        String configured = System.getProperty("rookery.book.corpus");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools/book/selfplay-corpus.pgn.gz");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("no tools/book/selfplay-corpus.pgn.gz above " + Path.of("").toAbsolutePath());
    }

    /** The builder fed with every game of the corpus, with the bundled book's options. */
    static BookBuilder build(PgnReader games) {
        BookBuilder builder = new BookBuilder(BundledBook.options());
        for (PgnGame game = games.next(); game != null; game = games.next()) builder.add(game);
        return builder;
    }
}
