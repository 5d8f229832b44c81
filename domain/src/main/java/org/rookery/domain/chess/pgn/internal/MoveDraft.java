package org.rookery.domain.chess.pgn.internal;

import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.pgn.PgnMove;
import org.rookery.domain.chess.pgn.Variation;

/** A move being read, still collecting the annotations that follow it. Not thread-safe. */
final class MoveDraft {
    final String san;
    final int move;
    final List<Integer> nags = new ArrayList<>(0);
    final List<String> comments = new ArrayList<>(0);
    final List<Variation> variations = new ArrayList<>(0);

    MoveDraft(String san, int move) {
        this.san = san;
        this.move = move;
    }

    static List<PgnMove> toMoves(List<MoveDraft> drafts) {
        List<PgnMove> moves = new ArrayList<>(drafts.size());
        for (MoveDraft d : drafts) moves.add(new PgnMove(d.san, d.nags, d.comments, d.variations));
        return moves;
    }
}
