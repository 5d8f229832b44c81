package org.rookery.domain.knowledge.book;

import java.util.Objects;

/**
 * A book move as the explorer shows it: UCI and SAN, its weight, its share of the position's
 * total weight (0–1) and its learn value. Immutable.
 */
public record BookMove(String uci, String san, int weight, double share, long learn) {
    public BookMove {
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(san, "san");
        if (weight < 0 || weight > 0xFFFF) throw new IllegalArgumentException("weight " + weight + " is not in 0..65535");
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share " + share + " is not in 0..1");
        if (learn < 0 || learn > 0xFFFF_FFFFL) throw new IllegalArgumentException("learn " + learn + " is not in 0..2^32-1");
    }
}
