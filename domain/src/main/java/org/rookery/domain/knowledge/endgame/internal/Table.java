package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.knowledge.endgame.Ending;

/**
 * One solved ending: a byte per position number ({@link Layout}): 0 a draw, 255 no position (two
 * pieces on a square, a side not to move in check, or a number that is not the canonical one),
 * otherwise the distance to mate in plies plus one (odd distances are wins for the side to move,
 * even ones losses). Immutable once built, so thread-safe (the array is never handed out).
 */
public final class Table {
    static final int DRAW = 0, NONE = 255;
    static final int MAX_PLIES = 253;
    private final Layout layout;
    private final byte[] values;

    Table(Layout layout, byte[] values) {
        if (values.length != layout.size()) {
            throw new IllegalArgumentException(layout.ending() + " needs " + layout.size() + " values, not " + values.length);
        }
        this.layout = layout;
        this.values = values;
    }

    public Ending ending() {
        return layout.ending();
    }

    Layout layout() {
        return layout;
    }

    /** How many numbers the table has (both sides to move, positions or not). */
    public int size() {
        return values.length;
    }

    /** Plies to mate for the side to move at this number, or -1 for a draw. */
    int plies(int index) {
        int v = values[index] & 0xFF;
        if (v == NONE) throw new IllegalStateException(ending() + " has no position numbered " + index);
        return v - 1;
    }

    /** A copy of the values, for storing. */
    byte[] copyOfValues() {
        return values.clone();
    }

    /** The longest win in plies for the side to move (White to move when {@code white}). */
    public int longestWinPlies(boolean white) {
        int from = white ? 0 : layout.perSide, to = from + layout.perSide, longest = -1;
        for (int i = from; i < to; i++) {
            int v = values[i] & 0xFF;
            if (v != NONE && v != DRAW && (v - 1) % 2 == 1) longest = Math.max(longest, v - 1);
        }
        return longest;
    }

    /** How many positions (one per symmetry class) have this side to move and this distance to mate. */
    public long positionsAt(boolean whiteToMove, int plies) {
        int from = whiteToMove ? 0 : layout.perSide, to = from + layout.perSide;
        long n = 0;
        for (int i = from; i < to; i++) if ((values[i] & 0xFF) == plies + 1) n++;
        return n;
    }

    /** How many positions there are with each outcome: {wins, draws, losses} for the side to move. */
    public long[] outcomeCounts() {
        long[] counts = new long[3];
        for (byte b : values) {
            int v = b & 0xFF;
            if (v == NONE) continue;
            counts[v == DRAW ? 1 : (v - 1) % 2 == 1 ? 0 : 2]++;
        }
        return counts;
    }
}
