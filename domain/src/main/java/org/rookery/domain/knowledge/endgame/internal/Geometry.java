package org.rookery.domain.knowledge.endgame.internal;

import org.rookery.domain.chess.PieceType;

/**
 * Where pieces reach on an otherwise given occupancy, for walking moves backwards (the rules
 * engine plays moves only forwards) and for telling whether a king is attacked. Squares a1 = 0 …
 * h8 = 63. Immutable after class initialisation, so thread-safe.
 */
final class Geometry {
    private static final long[] KING = new long[64], KNIGHT = new long[64];
    private static final long[][] PAWN_ATTACKS = new long[2][64];
    /** Empty-board reach of bishop, rook and queen (types 2–4), and the squares strictly between two aligned squares. */
    private static final long[][] EMPTY_BOARD = new long[5][64];
    private static final long[][] BETWEEN = new long[64][64];
    private static final int[][] ROOK_DIRS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    private static final int[][] BISHOP_DIRS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

    static {
        int[][] king = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
        int[][] knight = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
        for (int sq = 0; sq < 64; sq++) {
            KING[sq] = leaps(sq, king);
            KNIGHT[sq] = leaps(sq, knight);
            PAWN_ATTACKS[0][sq] = leaps(sq, new int[][] {{-1, 1}, {1, 1}});
            PAWN_ATTACKS[1][sq] = leaps(sq, new int[][] {{-1, -1}, {1, -1}});
            EMPTY_BOARD[2][sq] = slide(sq, 0, BISHOP_DIRS);
            EMPTY_BOARD[3][sq] = slide(sq, 0, ROOK_DIRS);
            EMPTY_BOARD[4][sq] = EMPTY_BOARD[2][sq] | EMPTY_BOARD[3][sq];
        }
        for (int a = 0; a < 64; a++) {
            for (int b = 0; b < 64; b++) {
                if ((EMPTY_BOARD[4][a] & (1L << b)) == 0) continue;
                int df = Integer.signum((b & 7) - (a & 7)), dr = Integer.signum((b >>> 3) - (a >>> 3));
                for (int sq = a + dr * 8 + df; sq != b; sq += dr * 8 + df) BETWEEN[a][b] |= 1L << sq;
            }
        }
    }

    private Geometry() {}

    /** The squares a piece of this type and colour (0 White, 1 Black) on {@code sq} attacks. */
    static long attacks(int type, int color, int sq, long occupied) {
        return switch (type) {
            case 0 -> PAWN_ATTACKS[color][sq];
            case 1 -> KNIGHT[sq];
            case 2 -> slide(sq, occupied, BISHOP_DIRS);
            case 3 -> slide(sq, occupied, ROOK_DIRS);
            case 4 -> slide(sq, occupied, BISHOP_DIRS) | slide(sq, occupied, ROOK_DIRS);
            case 5 -> KING[sq];
            default -> throw new IllegalArgumentException("no piece type " + type);
        };
    }

    /** Whether a piece of this type and colour on {@code from} attacks {@code target}, given the occupancy. */
    static boolean attacks(int type, int color, int from, int target, long occupied) {
        return switch (type) {
            case 0 -> (PAWN_ATTACKS[color][from] & (1L << target)) != 0;
            case 1 -> (KNIGHT[from] & (1L << target)) != 0;
            case 5 -> (KING[from] & (1L << target)) != 0;
            default -> (EMPTY_BOARD[type][from] & (1L << target)) != 0 && (BETWEEN[from][target] & occupied) == 0;
        };
    }

    /**
     * The squares a non-pawn piece on {@code sq} can have come from with a quiet move: for a
     * knight, bishop, rook, queen or king the same squares it can go to, the empty ones.
     */
    static long quietOrigins(int type, int sq, long occupied) {
        return attacks(type, 0, sq, occupied) & ~occupied;
    }

    static boolean isPawn(int type) {
        return type == PieceType.PAWN.ordinal();
    }

    private static long slide(int sq, long occupied, int[][] dirs) {
        long reach = 0;
        for (int[] d : dirs) {
            int f = (sq & 7) + d[0], r = (sq >>> 3) + d[1];
            while (f >= 0 && f < 8 && r >= 0 && r < 8) {
                long bit = 1L << (r * 8 + f);
                reach |= bit;
                if ((occupied & bit) != 0) break;
                f += d[0];
                r += d[1];
            }
        }
        return reach;
    }

    private static long leaps(int sq, int[][] steps) {
        long bb = 0;
        for (int[] s : steps) {
            int f = (sq & 7) + s[0], r = (sq >>> 3) + s[1];
            if (f >= 0 && f < 8 && r >= 0 && r < 8) bb |= 1L << (r * 8 + f);
        }
        return bb;
    }
}
