package org.rookery.adapters.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.ports.out.BookMove;
import org.rookery.ports.out.OpeningBook;

/**
 * An opening book held in a map, built from the positions and moves it is given: the testers'
 * stand-in for a Polyglot book. Moves are checked legal and written as {@link Uci#format} writes
 * them (so castling given as {@code e1h1} comes back as {@code e1g1}). Immutable, so thread-safe.
 */
public final class InMemoryOpeningBook implements OpeningBook {
    private static final Comparator<BookMove> MOST_WEIGHTED_FIRST = Comparator.comparingInt(BookMove::weight).reversed();
    private final Map<String, List<BookMove>> byPosition = new HashMap<>();

    /**
     * A book with these moves per position (FEN).
     *
     * @throws org.rookery.domain.chess.InvalidFenException when a FEN is malformed
     * @throws org.rookery.domain.chess.IllegalMoveException when a move is not legal in its position
     */
    public InMemoryOpeningBook(Map<String, List<BookMove>> entries) {
        entries.forEach((fen, moves) -> {
            Position position = Position.fromFen(fen);
            List<BookMove> checked = moves.stream()
                    .map(m -> new BookMove(Uci.format(position, Uci.parse(position, m.uci())), m.weight(), m.learn()))
                    .sorted(MOST_WEIGHTED_FIRST)
                    .toList();
            byPosition.merge(key(position), checked, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).sorted(MOST_WEIGHTED_FIRST).toList());
        });
    }

    /** A book that knows no position. */
    public static InMemoryOpeningBook empty() {
        return new InMemoryOpeningBook(Map.of());
    }

    @Override
    public List<BookMove> moves(String fen) {
        return byPosition.getOrDefault(key(Position.fromFen(fen)), List.of());
    }

    /** The FEN without its two move counters; the rules print an en-passant square only when it is usable. */
    private static String key(Position position) {
        String fen = position.toFen();
        int counters = fen.lastIndexOf(' ', fen.lastIndexOf(' ') - 1);
        return fen.substring(0, counters);
    }
}
