package org.rookery.domain.knowledge.book;

/**
 * One 16-byte entry of a Polyglot book: the position's key, the move (Polyglot's encoding), its
 * weight (0–65535) and its learn value (0–2³²−1). Immutable.
 */
public record BookEntry(long key, int move, int weight, long learn) {
    /** The size of an entry in a {@code .bin} file. */
    public static final int BYTES = 16;

    public BookEntry {
        if (move < 0 || move > 0xFFFF) throw new IllegalArgumentException("move " + move + " is not a 16-bit code");
        if (weight < 0 || weight > 0xFFFF) throw new IllegalArgumentException("weight " + weight + " is not in 0..65535");
        if (learn < 0 || learn > 0xFFFF_FFFFL) throw new IllegalArgumentException("learn " + learn + " is not in 0..2^32-1");
    }
}
