package org.rookery.domain.matchmaking;

/**
 * Orders ratings with a radix sort on primitive keys rather than a comparison sort of objects: a
 * few linear passes, several times faster than {@code Arrays.sort} for a wave of 100 000 players;
 * stateless and thread-safe.
 *
 * <p>Each key holds the rating as an order-preserving float in its upper 32 bits and the entry's
 * position in its lower 32 bits. The sort is a least-significant-digit radix sort on the upper 32
 * bits, {@value #DIGIT_BITS} at a time; each pass is stable and the keys start in position order,
 * so equal ratings stay in position (join) order. Ratings closer than a float's precision (about
 * 0.0001 points at 2000) count as equal, which no rating window can tell apart.
 */
final class RatingOrder {

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;

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
            keys[i] = ((long) unsignedOrderedBits((float) ratings[i]) << 32) | i;
        }
        long[] spare = new long[n];
        for (int shift = 32; shift < 64; shift += DIGIT_BITS) {
            if (distribute(keys, spare, n, shift)) {
                long[] sorted = spare;
                spare = keys;
                keys = sorted;
            }
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /**
     * One stable pass: copies {@code from} into {@code to} ordered by the digit at {@code shift};
     * answers false, copying nothing, when every key has the same digit there (common for the
     * highest digits: ratings share their float exponent).
     */
    private static boolean distribute(long[] from, long[] to, int n, int shift) {
        int[] start = new int[RADIX + 1];
        for (int i = 0; i < n; i++) {
            start[digit(from[i], shift) + 1]++;
        }
        for (int d = 0; d < RADIX; d++) {
            if (start[d + 1] == n) {
                return false;
            }
            start[d + 1] += start[d];
        }
        for (int i = 0; i < n; i++) {
            long key = from[i];
            to[start[digit(key, shift)]++] = key;
        }
        return true;
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & (RADIX - 1);
    }

    /** An int whose unsigned order is the float's numeric order (negative floats have their magnitude bits flipped, the sign bit is flipped). */
    private static int unsignedOrderedBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) | Integer.MIN_VALUE);
    }
}
