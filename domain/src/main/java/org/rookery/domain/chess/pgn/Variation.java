package org.rookery.domain.chess.pgn;

import java.util.List;

/**
 * A recursive annotation variation (RAV): a line of moves played instead of the move it is
 * attached to, with the comments written before its first move. Immutable.
 */
public record Variation(List<String> comments, List<PgnMove> moves) {
    public Variation {
        comments = PgnMove.checkedComments(comments);
        moves = List.copyOf(moves);
        if (moves.isEmpty()) throw new IllegalArgumentException("a variation has at least one move");
    }

    public Variation(List<PgnMove> moves) {
        this(List.of(), moves);
    }
}
