package org.rookery.domain.knowledge.endgame.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Double pawn steps after which the opponent may take en passant. The position they lead to is
 * not in the table (tables hold no en-passant rights): it is worth the better, for the side to
 * move there, of the same position without the right ({@code target}) and the capture
 * ({@code capture}: plies for that side, -1 a draw, known from a smaller table). Not thread-safe.
 */
final class EpEdges {
    private final IntList from = new IntList(), target = new IntList(), capture = new IntList();
    private final Set<Long> pairs = new HashSet<>();
    private boolean[] done = new boolean[0];

    void add(int fromIndex, int targetIndex, int capturePlies) {
        from.add(fromIndex);
        target.add(targetIndex);
        capture.add(capturePlies);
        pairs.add(pair(fromIndex, targetIndex));
    }

    /** Whether the move from {@code fromIndex} to {@code targetIndex} is such a double step. */
    boolean contains(int fromIndex, int targetIndex) {
        return !pairs.isEmpty() && pairs.contains(pair(fromIndex, targetIndex));
    }

    int size() {
        return from.size();
    }

    int from(int i) {
        return from.get(i);
    }

    int target(int i) {
        return target.get(i);
    }

    int capture(int i) {
        return capture.get(i);
    }

    boolean done(int i) {
        if (done.length != from.size()) done = java.util.Arrays.copyOf(done, from.size());
        return done[i];
    }

    void markDone(int i) {
        done(i);
        done[i] = true;
    }

    /** The deepest capture result: no edge can settle later than one ply after it. */
    int deepestCapture() {
        int deepest = -1;
        for (int i = 0; i < capture.size(); i++) deepest = Math.max(deepest, capture.get(i));
        return deepest;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}
