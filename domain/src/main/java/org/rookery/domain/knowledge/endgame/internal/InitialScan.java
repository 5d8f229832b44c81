package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.PieceType;
import org.rookery.domain.chess.Position;

/**
 * The first pass of a solve: every position of the ending is set up in the rules engine, which
 * gives its legal moves. Checkmates are losses in 0, stalemates draws; a move that captures or
 * promotes leaves the table and is valued from the smaller table it lands in; the other moves are
 * counted once per distinct position they reach, so that the backward pass can tell when all of
 * them are refuted. Not thread-safe; scans of disjoint ranges may run in parallel on one state.
 */
final class InitialScan {
    private static final int NONE_YET = Integer.MAX_VALUE;
    private final SolverState s;
    private final Layout layout;
    private final TableSource smaller;
    private final int[] squares, moved;
    private final int[] moves = new int[256], replies = new int[256];
    private final SmallIntSet successors = new SmallIntSet();
    private final ScanFindings found = new ScanFindings();
    private final int from, to;

    /** A scan of the position numbers from {@code from} (inclusive) to {@code to} (exclusive). */
    InitialScan(SolverState state, TableSource smaller, int from, int to) {
        this.s = state;
        this.from = from;
        this.to = to;
        this.layout = state.layout;
        this.smaller = smaller;
        this.squares = new int[layout.pieces];
        this.moved = new int[layout.pieces];
    }

    /** Scans its numbers, writing their entries of the state's arrays; returns what else it found. */
    ScanFindings run() {
        for (int index = from; index < to; index++) scan(index);
        return found;
    }

    private void scan(int index) {
        int stm = layout.sideToMove(index);
        layout.decode(index, squares);
        if (!layout.isCanonical(index, squares) || Boards.kingAttacked(layout, squares, stm ^ 1)) {
            s.value[index] = (byte) Table.NONE;
            return;
        }
        Position position = Position.fromFen(Boards.fen(layout, squares, stm));
        int n = position.legalMoves(moves);
        if (n == 0) {
            if (position.inCheck()) {
                s.decide(index, 0);
                found.mates.add(index);
            } else {
                s.setCounter(index, 1); // stalemate: a draw nothing can refute
            }
            return;
        }
        successors.clear();
        boolean holds = false; // a move that leaves the table without losing
        int fastestWin = NONE_YET, longestLoss = 0, doubleSteps = 0;
        for (int i = 0; i < n; i++) {
            int m = moves[i], from = Move.from(m), to = Move.to(m);
            int slot = Boards.slotAt(squares, layout.pieces, from), victim = Boards.slotAt(squares, layout.pieces, to);
            PieceType promotion = Move.promotion(m);
            if (victim >= 0 || promotion != null) {
                int theirs = smaller.plies(after(slot, to, victim, promotion == null ? -1 : promotion.ordinal(), stm ^ 1));
                if (theirs < 0) holds = true;
                else if (theirs % 2 == 0) fastestWin = Math.min(fastestWin, theirs + 1);
                else longestLoss = Math.max(longestLoss, theirs + 1);
                continue;
            }
            int next = layout.index(movedSquares(slot, to), stm ^ 1);
            if (Geometry.isPawn(layout.type[slot]) && Math.abs(to - from) == 16 && allowsEnPassant(position, m, index, next, slot)) {
                doubleSteps++;
            } else {
                successors.add(next);
            }
        }
        if (fastestWin != NONE_YET) holds = true;
        s.setCounter(index, successors.size() + doubleSteps + (holds ? 1 : 0));
        s.exitLoss[index] = (byte) longestLoss;
        if (fastestWin != NONE_YET) found.decidedByExits(index, fastestWin);
        else if (s.counter(index) == 0) found.decidedByExits(index, longestLoss);
    }

    /** Plays a double step in the engine; when it allows en passant, records the edge with the capture's value. */
    private boolean allowsEnPassant(Position position, int move, int index, int next, int pawnSlot) {
        position.makeMove(move);
        try {
            if (position.enPassantSquare() < 0) return false;
            int them = layout.color[pawnSlot] ^ 1;
            int best = Integer.MIN_VALUE; // the capture's worth to them: a higher score is better
            int bestPlies = -1;
            int n = position.legalMoves(replies);
            for (int i = 0; i < n; i++) {
                if (!Move.isEnPassant(replies[i])) continue;
                int capturer = Boards.slotAt(moved, layout.pieces, Move.from(replies[i]));
                // After the capture the double-stepping side is to move; its value, seen from them.
                int ours = smaller.plies(afterEnPassant(pawnSlot, capturer, Move.to(replies[i]), them ^ 1));
                int theirs = ours < 0 ? -1 : ours + 1;
                int score = theirs < 0 ? 0 : theirs % 2 == 1 ? 1000 - theirs : theirs - 1000;
                if (score > best) {
                    best = score;
                    bestPlies = theirs;
                }
            }
            found.epEdges.add(index, next, bestPlies);
            return true;
        } finally {
            position.unmakeMove();
        }
    }

    private int[] movedSquares(int slot, int to) {
        System.arraycopy(squares, 0, moved, 0, layout.pieces);
        moved[slot] = to;
        return moved;
    }

    /** The pieces after a move that captures ({@code victim} ≥ 0) and/or promotes ({@code promotion} ≥ 0). */
    private Placement after(int slot, int to, int victim, int promotion, int sideToMove) {
        int n = layout.pieces - (victim >= 0 ? 1 : 0);
        int[] types = new int[n], colors = new int[n], sq = new int[n];
        for (int i = 0, j = 0; i < layout.pieces; i++) {
            if (i == victim) continue;
            types[j] = i == slot && promotion >= 0 ? promotion : layout.type[i];
            colors[j] = layout.color[i];
            sq[j++] = i == slot ? to : squares[i];
        }
        return new Placement(types, colors, sq, sideToMove);
    }

    /** The pieces after a double step by {@code pawnSlot} and its capture en passant by {@code capturer}. */
    private Placement afterEnPassant(int pawnSlot, int capturer, int target, int sideToMove) {
        int[] types = new int[layout.pieces - 1], colors = new int[types.length], sq = new int[types.length];
        for (int i = 0, j = 0; i < layout.pieces; i++) {
            if (i == pawnSlot) continue;
            types[j] = layout.type[i];
            colors[j] = layout.color[i];
            sq[j++] = i == capturer ? target : moved[i];
        }
        return new Placement(types, colors, sq, sideToMove);
    }
}
