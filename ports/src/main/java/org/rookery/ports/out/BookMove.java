package org.rookery.ports.out;

import org.rookery.domain.chess.Uci;

/**
 * A move an opening book knows for a position: the move in UCI, its weight (how often to play it,
 * relative to the position's other book moves) and its learn value (what Polyglot books keep for
 * learning; 0 when unused). Immutable.
 */
public record BookMove(String uci, int weight, int learn) {
    public BookMove {
        if (!Uci.isWellFormed(uci)) throw new IllegalArgumentException("a book move must be UCI, got " + uci);
        if (weight < 0) throw new IllegalArgumentException("weight cannot be negative, got " + weight);
    }
}
