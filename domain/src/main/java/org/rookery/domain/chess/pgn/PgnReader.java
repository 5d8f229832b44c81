package org.rookery.domain.chess.pgn;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rookery.domain.chess.pgn.internal.GameParser;

/**
 * Reads PGN games one by one from a {@link Reader}, holding one game in memory at a time, so a file
 * of any size streams. Each mainline move is replayed and checked; annotations are kept or dropped
 * as the {@link Annotations} say. A malformed game throws {@link PgnParseException} with its line
 * and column; the next call resumes at the following game's tags. I/O failures surface as
 * {@link UncheckedIOException}. Not thread-safe.
 */
public final class PgnReader implements Closeable {
    private final Reader in;
    private final GameParser parser;

    public PgnReader(Reader in) {
        this(in, Annotations.ALL);
    }

    public PgnReader(Reader in, Annotations keep) {
        this.in = in;
        this.parser = new GameParser(in, keep);
    }

    /** Every game of a PGN text, annotations kept. */
    public static List<PgnGame> readAll(String pgn) {
        List<PgnGame> games = new ArrayList<>();
        PgnReader reader = new PgnReader(new StringReader(pgn));
        for (PgnGame g = reader.next(); g != null; g = reader.next()) games.add(g);
        return games;
    }

    /** The first game of a PGN text, annotations kept. */
    public static PgnGame readGame(String pgn) {
        PgnGame game = new PgnReader(new StringReader(pgn)).next();
        if (game == null) throw new PgnParseException(PgnParseException.Problem.UNEXPECTED_TOKEN, 1, 1, "the text holds no game");
        return game;
    }

    /**
     * The next game, or null when the input is exhausted.
     *
     * @throws PgnParseException when the next game is malformed or impossible
     */
    public PgnGame next() {
        return parser.next();
    }

    /** The remaining games as a lazy, sequential stream; a malformed game ends it with its exception. */
    public Stream<PgnGame> stream() {
        Iterator<PgnGame> it = new Iterator<>() {
            private PgnGame ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) ahead = PgnReader.this.next();
                return ahead != null;
            }

            @Override
            public PgnGame next() {
                if (!hasNext()) throw new NoSuchElementException();
                PgnGame g = ahead;
                ahead = null;
                return g;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
