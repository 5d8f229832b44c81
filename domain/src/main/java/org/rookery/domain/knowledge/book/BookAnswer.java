package org.rookery.domain.knowledge.book;

import java.util.List;
import java.util.Objects;

/**
 * What the book knows of one position: its FEN, its Polyglot key and the legal book moves, the
 * heaviest first (empty when the position is not in the book). Immutable.
 */
public record BookAnswer(String fen, long key, List<BookMove> moves) {
    public BookAnswer {
        Objects.requireNonNull(fen, "fen");
        moves = List.copyOf(moves);
    }

    public boolean inBook() {
        return !moves.isEmpty();
    }

    /** The sum of the moves' weights. */
    public long totalWeight() {
        long total = 0;
        for (BookMove m : moves) total += m.weight();
        return total;
    }

    /** The key as Polyglot tools print it: 16 lower-case hex digits. */
    public String keyHex() {
        return String.format("%016x", key);
    }
}
