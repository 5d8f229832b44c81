package org.rookery.domain.knowledge.endgame.internal;

import java.util.Arrays;
import org.rookery.domain.knowledge.endgame.Ending;

/**
 * Up to four pieces on squares and the side to move, in any order: what a lookup starts from.
 * Knows its ending and how to put itself in a table's slot order. Types are
 * {@link org.rookery.domain.chess.PieceType} ordinals, colours 0 White and 1 Black. Not
 * thread-safe (arrays are shared with the caller).
 */
record Placement(int[] types, int[] colors, int[] squares, int sideToMove) {
    private static final String LETTERS = "PNBRQK";

    /** The ending as the pieces stand (not necessarily canonical), or null with fewer than three pieces. */
    Ending ending() {
        if (types.length < 3) return null;
        StringBuilder white = new StringBuilder(), black = new StringBuilder();
        for (int i = 0; i < types.length; i++) (colors[i] == 0 ? white : black).append(LETTERS.charAt(types[i]));
        return new Ending(kingFirst(white), kingFirst(black));
    }

    /** The same position with colours swapped and the board mirrored rank for rank. */
    Placement flipped() {
        int[] c = new int[colors.length], s = new int[squares.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = colors[i] ^ 1;
            s[i] = squares[i] ^ 56;
        }
        return new Placement(types, c, s, sideToMove ^ 1);
    }

    /** The squares in the layout's slot order; the placement's pieces must be the layout's ending. */
    int[] slotSquares(Layout layout) {
        int[] out = new int[layout.pieces];
        boolean[] used = new boolean[types.length];
        for (int slot = 0; slot < layout.pieces; slot++) {
            int i = 0;
            while (used[i] || types[i] != layout.type[slot] || colors[i] != layout.color[slot]) i++;
            used[i] = true;
            out[slot] = squares[i];
        }
        return out;
    }

    private static String kingFirst(StringBuilder side) {
        char[] c = side.toString().toCharArray();
        Arrays.sort(c);
        String s = new String(c);
        return "K" + s.replace("K", "");
    }
}
