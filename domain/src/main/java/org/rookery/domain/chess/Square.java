package org.rookery.domain.chess;

/**
 * Squares as ints 0..63 (a1 = 0, b1 = 1, …, h8 = 63), which is what the engine uses on its hot
 * path; this class names and parses them. Immutable, so thread-safe.
 */
public final class Square {
    public static final int NONE = -1;
    /** The 64 names, made once: notation code asks for them on every move. */
    private static final String[] NAMES = new String[64];

    static {
        for (int square = 0; square < 64; square++) {
            NAMES[square] = "" + (char) ('a' + file(square)) + (char) ('1' + rank(square));
        }
    }

    private Square() {}

    public static int of(int file, int rank) {
        return rank * 8 + file;
    }

    public static int file(int square) {
        return square & 7;
    }

    public static int rank(int square) {
        return square >>> 3;
    }

    /** Algebraic name, e.g. {@code "e4"}. */
    public static String name(int square) {
        return NAMES[square];
    }

    /** Parses {@code "e4"}; returns {@link #NONE} when the text is not exactly one square. */
    public static int parse(CharSequence text) {
        if (text.length() != 2) return NONE;
        int f = text.charAt(0) - 'a', r = text.charAt(1) - '1';
        return f >= 0 && f < 8 && r >= 0 && r < 8 ? of(f, r) : NONE;
    }
}
