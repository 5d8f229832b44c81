package org.rookery.domain.chess.internal;

/**
 * Precomputed attack tables: leapers by lookup, sliders by magic bitboards, plus the
 * "between" and "line" masks used for pins and check evasions. Squares are 0..63, a1 = 0,
 * h8 = 63. Immutable after class initialisation, so thread-safe.
 */
public final class Attacks {
    private static final long[] KNIGHT = new long[64];
    private static final long[] KING = new long[64];
    private static final long[][] PAWN = new long[2][64];
    private static final long[][] BETWEEN = new long[64][64];
    private static final long[][] LINE = new long[64][64];

    private static final MagicTable ROOK = MagicTable.build(new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}, MagicNumbers.ROOK);
    private static final MagicTable BISHOP = MagicTable.build(new int[][] {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}}, MagicNumbers.BISHOP);

    static {
        int[][] knightSteps = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
        int[][] kingSteps = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
        for (int sq = 0; sq < 64; sq++) {
            KNIGHT[sq] = leaper(sq, knightSteps);
            KING[sq] = leaper(sq, kingSteps);
            PAWN[0][sq] = leaper(sq, new int[][] {{-1, 1}, {1, 1}});
            PAWN[1][sq] = leaper(sq, new int[][] {{-1, -1}, {1, -1}});
        }
        for (int a = 0; a < 64; a++) {
            for (int b = 0; b < 64; b++) {
                if (a == b) continue;
                long bb = 1L << b;
                if ((rookAttacks(a, 0) & bb) != 0) {
                    BETWEEN[a][b] = rookAttacks(a, bb) & rookAttacks(b, 1L << a);
                    LINE[a][b] = (rookAttacks(a, 0) & rookAttacks(b, 0)) | (1L << a) | bb;
                } else if ((bishopAttacks(a, 0) & bb) != 0) {
                    BETWEEN[a][b] = bishopAttacks(a, bb) & bishopAttacks(b, 1L << a);
                    LINE[a][b] = (bishopAttacks(a, 0) & bishopAttacks(b, 0)) | (1L << a) | bb;
                }
            }
        }
    }

    private Attacks() {}

    private static long leaper(int sq, int[][] steps) {
        long bb = 0;
        int file = sq & 7, rank = sq >>> 3;
        for (int[] s : steps) {
            int f = file + s[0], r = rank + s[1];
            if (f >= 0 && f < 8 && r >= 0 && r < 8) bb |= 1L << (r * 8 + f);
        }
        return bb;
    }

    public static long knight(int sq) {
        return KNIGHT[sq];
    }

    public static long king(int sq) {
        return KING[sq];
    }

    /** Squares a pawn of {@code color} (0 white, 1 black) on {@code sq} attacks. */
    public static long pawn(int color, int sq) {
        return PAWN[color][sq];
    }

    public static long rookAttacks(int sq, long occupied) {
        return ROOK.attacks(sq, occupied);
    }

    public static long bishopAttacks(int sq, long occupied) {
        return BISHOP.attacks(sq, occupied);
    }

    public static long queenAttacks(int sq, long occupied) {
        return ROOK.attacks(sq, occupied) | BISHOP.attacks(sq, occupied);
    }

    /** Squares strictly between two aligned squares; empty when they are not aligned. */
    public static long between(int a, int b) {
        return BETWEEN[a][b];
    }

    /** The whole line through two aligned squares (both included); empty when not aligned. */
    public static long line(int a, int b) {
        return LINE[a][b];
    }
}
