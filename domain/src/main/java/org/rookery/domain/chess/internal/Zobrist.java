package org.rookery.domain.chess.internal;

import java.util.SplittableRandom;

/**
 * Zobrist hashing keys, drawn once from a fixed seed so that keys are stable across runs
 * (and can be persisted). Immutable, so thread-safe.
 */
public final class Zobrist {
    private static final long[][] PIECE_SQUARE = new long[16][64];
    private static final long[] CASTLING = new long[16];
    private static final long[] EN_PASSANT_FILE = new long[8];
    private static final long BLACK_TO_MOVE;

    static {
        SplittableRandom random = new SplittableRandom(0x2B00C3E7L);
        for (long[] squares : PIECE_SQUARE) {
            for (int sq = 0; sq < 64; sq++) squares[sq] = random.nextLong();
        }
        // Each castling right gets a key; a set of rights hashes to the XOR of its members.
        long[] rights = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
        for (int set = 0; set < 16; set++) {
            for (int bit = 0; bit < 4; bit++) if ((set & (1 << bit)) != 0) CASTLING[set] ^= rights[bit];
        }
        for (int f = 0; f < 8; f++) EN_PASSANT_FILE[f] = random.nextLong();
        BLACK_TO_MOVE = random.nextLong();
    }

    private Zobrist() {}

    /** Key of a piece code (see {@code Position}'s encoding) on a square. */
    public static long piece(int pieceCode, int sq) {
        return PIECE_SQUARE[pieceCode][sq];
    }

    public static long castling(int rights) {
        return CASTLING[rights];
    }

    public static long enPassant(int file) {
        return EN_PASSANT_FILE[file];
    }

    public static long blackToMove() {
        return BLACK_TO_MOVE;
    }
}
