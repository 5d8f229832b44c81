package org.rookery.domain.chess.internal;

import java.util.SplittableRandom;

/**
 * Slider attacks by "fancy" magic bitboards: one shared table, a mask, magic factor, shift and
 * offset per square. Each square's factor is verified while its slice of the table is filled; a
 * factor that collides (or is 0) is replaced by a seeded search. Immutable after construction.
 */
final class MagicTable {
    private final long[] masks = new long[64];
    private final long[] magics = new long[64];
    private final int[] shifts = new int[64];
    private final int[] offsets = new int[64];
    private final long[] table;

    private MagicTable(int size) {
        table = new long[size];
    }

    /** The factors in use, for {@link MagicNumbers} to be regenerated from. */
    long[] magics() {
        return magics.clone();
    }

    long attacks(int sq, long occupied) {
        return table[offsets[sq] + (int) (((occupied & masks[sq]) * magics[sq]) >>> shifts[sq])];
    }

    static MagicTable build(int[][] directions, long[] knownMagics) {
        long[] masks = new long[64];
        int size = 0;
        for (int sq = 0; sq < 64; sq++) {
            masks[sq] = relevantOccupancy(sq, directions);
            size += 1 << Long.bitCount(masks[sq]);
        }
        MagicTable t = new MagicTable(size);
        SplittableRandom random = new SplittableRandom(0x5EEDC0FFEEL);
        int offset = 0;
        for (int sq = 0; sq < 64; sq++) {
            t.masks[sq] = masks[sq];
            t.offsets[sq] = offset;
            offset += t.findMagic(sq, directions, knownMagics[sq], random);
        }
        return t;
    }

    /** Finds a collision-free magic for {@code sq}, fills its slice of the table, returns its size. */
    private int findMagic(int sq, int[][] directions, long knownMagic, SplittableRandom random) {
        long mask = masks[sq];
        int bits = Long.bitCount(mask);
        int n = 1 << bits;
        long[] occupancies = new long[n];
        long[] reference = new long[n];
        long subset = 0;
        for (int i = 0; i < n; i++) { // Carry-Rippler enumeration of every subset of the mask
            occupancies[i] = subset;
            reference[i] = slowAttacks(sq, subset, directions);
            subset = (subset - mask) & mask;
        }
        int[] epoch = new int[n];
        long[] candidate = new long[n];
        shifts[sq] = 64 - bits;
        for (int attempt = 1; ; attempt++) {
            long magic = attempt == 1 ? knownMagic : random.nextLong() & random.nextLong() & random.nextLong();
            if (attempt > 1 && Long.bitCount((mask * magic) & 0xFF00000000000000L) < 6) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                int index = (int) ((occupancies[i] * magic) >>> shifts[sq]);
                if (epoch[index] < attempt) {
                    epoch[index] = attempt;
                    candidate[index] = reference[i];
                } else if (candidate[index] != reference[i]) {
                    ok = false;
                }
            }
            if (ok) {
                magics[sq] = magic;
                System.arraycopy(candidate, 0, table, offsets[sq], n);
                return n;
            }
        }
    }

    private static long relevantOccupancy(int sq, int[][] directions) {
        long bb = 0;
        for (int[] d : directions) {
            int f = (sq & 7) + d[0], r = (sq >>> 3) + d[1];
            // The last square of a ray never blocks anything beyond it, so it stays out of the mask.
            while (onBoard(f + d[0], r + d[1])) {
                bb |= 1L << (r * 8 + f);
                f += d[0];
                r += d[1];
            }
        }
        return bb;
    }

    private static boolean onBoard(int file, int rank) {
        return file >= 0 && file < 8 && rank >= 0 && rank < 8;
    }

    static long slowAttacks(int sq, long occupied, int[][] directions) {
        long bb = 0;
        for (int[] d : directions) {
            int f = (sq & 7) + d[0], r = (sq >>> 3) + d[1];
            while (onBoard(f, r)) {
                long s = 1L << (r * 8 + f);
                bb |= s;
                if ((occupied & s) != 0) break;
                f += d[0];
                r += d[1];
            }
        }
        return bb;
    }
}
