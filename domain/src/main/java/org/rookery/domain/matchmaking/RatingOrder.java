package org.rookery.domain.matchmaking;

import java.util.Arrays;

/**
 * Sorts ratings on primitive keys rather than objects, which is several times faster
 * for a wave of 100 000 players; stateless and thread-safe.
 *
 * <p>Each key holds the rating as an order-preserving float in its upper 32 bits and the entry's
 * position in its lower 32 bits, so one {@code long[]} sort orders by rating, then by position
 * (join order). Ratings closer than a float's precision (about 0.0001 points at 2000) count as
 * equal, which no rating window can tell apart.
 */
final class RatingOrder {

    private RatingOrder() {
    }

    /** The positions of {@code ratings}, lowest rating first, lowest position first among equal ratings. */
    static int[] ascending(double[] ratings) {
        return ascending(ratings, ratings.length);
    }

    /** The positions of the first {@code n} of {@code ratings}, lowest rating first, lowest position first among equal ratings. */
    static int[] ascending(double[] ratings, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) orderedBits((float) ratings[i]) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /** An int whose signed order is the float's numeric order (negative floats have their magnitude bits flipped). */
    private static int orderedBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7fff_ffff);
    }
}
