package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.chess.PieceType;
import org.rookery.domain.knowledge.endgame.Ending;

/**
 * How one ending's positions are numbered. Slots: White's king, Black's king, then White's other
 * pieces and Black's in the ending's order. The White king is brought by a symmetry into the
 * a1–d1–d4 triangle (no pawns: 10 squares, the whole dihedral group) or onto files a–d (pawns:
 * 32 squares, left–right mirror only); when a symmetry still leaves a choice (king on the
 * diagonal) the smallest number wins, and two identical pieces are put in square order, so each
 * position has exactly one number. Pawns use 48 squares, the others 64; the side to move picks
 * one of two halves. Immutable, so thread-safe.
 */
public final class Layout {
    static final int WHITE = 0, BLACK = 1;
    private static final int[][] TRANSFORMS = new int[8][64];
    private static final int[] TRIANGLE_SLOT = new int[64];
    private static final int[] TRIANGLE = {0, 1, 2, 3, 9, 10, 11, 18, 19, 27};
    /** For each White king square, the symmetries that bring it into the triangle (two on a diagonal). */
    private static final int[][] INTO_TRIANGLE = new int[64][];

    static {
        for (int t = 0; t < 8; t++) {
            for (int sq = 0; sq < 64; sq++) {
                int f = sq & 7, r = sq >>> 3;
                if ((t & 4) != 0) { int x = f; f = r; r = x; }
                if ((t & 1) != 0) f = 7 - f;
                if ((t & 2) != 0) r = 7 - r;
                TRANSFORMS[t][sq] = r * 8 + f;
            }
        }
        java.util.Arrays.fill(TRIANGLE_SLOT, -1);
        for (int i = 0; i < TRIANGLE.length; i++) TRIANGLE_SLOT[TRIANGLE[i]] = i;
        for (int sq = 0; sq < 64; sq++) {
            final int king = sq;
            INTO_TRIANGLE[sq] = java.util.stream.IntStream.range(0, 8).filter(t -> TRIANGLE_SLOT[TRANSFORMS[t][king]] >= 0).toArray();
        }
    }

    final Ending ending;
    final int pieces;
    final int[] type, color, radix;
    final boolean pawns, twins;
    final int perSide;

    public Layout(Ending ending) {
        this.ending = ending;
        String all = ending.white() + ending.black();
        pieces = all.length();
        type = new int[pieces];
        color = new int[pieces];
        radix = new int[pieces];
        int next = 2; // kings in slots 0 and 1, the other pieces after them
        for (int side = 0; side < 2; side++) {
            String s = side == 0 ? ending.white() : ending.black();
            type[side] = PieceType.KING.ordinal();
            color[side] = side;
            for (int i = 1; i < s.length(); i++) {
                type[next] = PieceType.fromLetter(s.charAt(i)).ordinal();
                color[next++] = side;
            }
        }
        pawns = ending.hasPawns();
        twins = pieces == 4 && type[2] == type[3] && color[2] == color[3];
        int size = 1;
        for (int i = 0; i < pieces; i++) {
            radix[i] = i == 0 ? (pawns ? 32 : 10) : Geometry.isPawn(type[i]) ? 48 : 64;
            size *= radix[i];
        }
        perSide = size;
    }

    public Ending ending() {
        return ending;
    }

    /** How many numbers the ending uses: both sides to move. */
    public int size() {
        return 2 * perSide;
    }

    int sideToMove(int index) {
        return index >= perSide ? BLACK : WHITE;
    }

    /** The number of a position (squares by slot), or -1 when a pawn stands on a back rank. */
    public int index(int[] squares, int sideToMove) {
        int wk = squares[0];
        if (pawns) return indexUnder((wk & 7) < 4 ? 0 : 1, squares, sideToMove);
        int best = -1;
        for (int t : INTO_TRIANGLE[wk]) {
            int i = indexUnder(t, squares, sideToMove);
            if (best < 0 || (i >= 0 && i < best)) best = i;
        }
        return best;
    }

    /** Fills {@code squares} with the squares of a number's slots (which may overlap: check {@link #isCanonical}). */
    void decode(int index, int[] squares) {
        int rest = index % perSide;
        for (int slot = pieces - 1; slot >= 0; slot--) {
            int v = rest % radix[slot];
            rest /= radix[slot];
            if (slot == 0) squares[0] = pawns ? (v >>> 2) * 8 + (v & 3) : TRIANGLE[v];
            else squares[slot] = Geometry.isPawn(type[slot]) ? v + 8 : v;
        }
    }

    /** Whether decoded squares are a position (no two pieces on a square) numbered by this very index. */
    boolean isCanonical(int index, int[] squares) {
        long seen = 0;
        for (int i = 0; i < pieces; i++) {
            if ((seen & (1L << squares[i])) != 0) return false;
            seen |= 1L << squares[i];
        }
        return index(squares, sideToMove(index)) == index;
    }

    private int indexUnder(int t, int[] squares, int sideToMove) {
        int[] map = TRANSFORMS[t];
        int idx = 0;
        int a = pieces > 2 ? map[squares[2]] : 0, b = pieces > 3 ? map[squares[3]] : 0;
        if (twins && a > b) { int x = a; a = b; b = x; }
        for (int slot = 0; slot < pieces; slot++) {
            int sq = slot == 0 ? map[squares[0]] : slot == 1 ? map[squares[1]] : slot == 2 ? a : b;
            int v;
            if (slot == 0) v = pawns ? ((sq & 7) < 4 ? (sq >>> 3) * 4 + (sq & 7) : -1) : TRIANGLE_SLOT[sq];
            else if (Geometry.isPawn(type[slot])) v = sq >= 8 && sq < 56 ? sq - 8 : -1;
            else v = sq;
            if (v < 0) return -1;
            idx = idx * radix[slot] + v;
        }
        return sideToMove * perSide + idx;
    }
}
