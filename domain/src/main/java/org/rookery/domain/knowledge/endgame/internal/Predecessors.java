package org.rookery.domain.knowledge.endgame.internal;

/**
 * The positions of the same ending from which one quiet move (no capture, no promotion) leads to
 * a given one: each piece of the side that just moved is taken back along its own lines to an
 * empty square, a pawn one step back or, from its fourth rank, two; positions where the side to
 * move would have been giving check are left out, and so are double steps that allow en passant
 * (they lead elsewhere, see {@link EpEdges}). Each predecessor is reported once. Not thread-safe.
 */
final class Predecessors {
    private final Layout layout;
    private final EpEdges epEdges;
    private final int[] squares, back;
    private final SmallIntSet found = new SmallIntSet();

    Predecessors(Layout layout, EpEdges epEdges) {
        this.layout = layout;
        this.epEdges = epEdges;
        this.squares = new int[layout.pieces];
        this.back = new int[layout.pieces];
    }

    /** The distinct predecessors of a position number (valid until the next call). */
    SmallIntSet of(int index) {
        found.clear();
        int mover = layout.sideToMove(index) ^ 1;
        layout.decode(index, squares);
        long occ = Boards.occupancy(squares, layout.pieces);
        for (int slot = 0; slot < layout.pieces; slot++) {
            if (layout.color[slot] != mover) continue;
            int sq = squares[slot];
            if (Geometry.isPawn(layout.type[slot])) {
                int step = mover == Layout.WHITE ? -8 : 8;
                int one = sq + step;
                if (one < 8 || one >= 56 || (occ & (1L << one)) != 0) continue;
                add(index, slot, one, mover, false);
                int two = one + step;
                boolean fourthRank = mover == Layout.WHITE ? (sq >>> 3) == 3 : (sq >>> 3) == 4;
                if (fourthRank && (occ & (1L << two)) == 0) add(index, slot, two, mover, true);
            } else {
                for (long from = Geometry.quietOrigins(layout.type[slot], sq, occ); from != 0; from &= from - 1) {
                    add(index, slot, Long.numberOfTrailingZeros(from), mover, false);
                }
            }
        }
        return found;
    }

    private void add(int index, int slot, int origin, int mover, boolean doubleStep) {
        System.arraycopy(squares, 0, back, 0, layout.pieces);
        back[slot] = origin;
        // Before the move the mover was to move, so the other side's king cannot have been in check.
        if (Boards.kingAttacked(layout, back, mover ^ 1)) return;
        int before = layout.index(back, mover);
        if (doubleStep && epEdges.contains(before, index)) return;
        found.add(before);
    }
}
