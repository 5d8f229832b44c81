package org.rookery.domain.knowledge.endgame;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A material signature such as {@code KQKR}: White's pieces then Black's, each side a king
 * followed by its other pieces in the order Q, R, B, N, P. Three or four pieces in all. The
 * canonical ending of a pair of mirrored ones ({@code KRKQ} and {@code KQKR}) gives White the
 * stronger side; tables are built for canonical endings only. Immutable.
 */
public record Ending(String white, String black) {
    private static final Pattern SIDE = Pattern.compile("KQ*R*B*N*P*");
    private static final String ORDER = "QRBNP";

    public Ending {
        Objects.requireNonNull(white, "white");
        Objects.requireNonNull(black, "black");
        white = sorted(white);
        black = sorted(black);
        if (!SIDE.matcher(white).matches() || !SIDE.matcher(black).matches()) {
            throw new IllegalArgumentException("'" + white + black + "' is not an ending: each side is one K and some of Q, R, B, N, P");
        }
        int pieces = white.length() + black.length();
        if (pieces < 3 || pieces > 4) {
            throw new IllegalArgumentException("'" + white + black + "' has " + pieces + " pieces: tables cover 3 or 4");
        }
    }

    /**
     * Parses a name such as {@code KQKR} or {@code KBNK} (the second K starts Black's side).
     *
     * @throws IllegalArgumentException when the name is not an ending of 3 or 4 pieces
     */
    public static Ending of(String name) {
        int second = name.indexOf('K', 1);
        if (!name.startsWith("K") || second < 0) {
            throw new IllegalArgumentException("'" + name + "' is not an ending such as KQKR (a K for each side)");
        }
        return new Ending(name.substring(0, second), name.substring(second));
    }

    public String name() {
        return white + black;
    }

    public int pieceCount() {
        return white.length() + black.length();
    }

    public boolean hasPawns() {
        return white.indexOf('P') >= 0 || black.indexOf('P') >= 0;
    }

    /** The same ending with the colours swapped. */
    public Ending flipped() {
        return new Ending(black, white);
    }

    /** This ending or its mirror, whichever gives White the stronger side. */
    public Ending canonical() {
        return stronger(black, white) ? flipped() : this;
    }

    public boolean isCanonical() {
        return canonical().equals(this);
    }

    /**
     * The canonical endings one move away: a capture, a promotion, or a promotion that captures
     * (the bare kings aside). A table is built from theirs.
     */
    public Set<Ending> successors() {
        Set<Ending> next = new LinkedHashSet<>();
        for (int side = 0; side < 2; side++) {
            String own = side == 0 ? white : black, other = side == 0 ? black : white;
            for (String taken : captures(other)) add(next, side, own, taken);
            for (int i = 1; i < own.length(); i++) {
                if (own.charAt(i) != 'P') continue;
                for (char promoted : "QRBN".toCharArray()) {
                    String after = own.substring(0, i) + own.substring(i + 1) + promoted;
                    add(next, side, after, other);
                    for (String taken : captures(other)) add(next, side, after, taken);
                }
            }
        }
        return next;
    }

    /** A side with one of its non-king pieces taken, for each such piece. */
    private static Set<String> captures(String side) {
        Set<String> left = new LinkedHashSet<>();
        for (int i = 1; i < side.length(); i++) left.add(side.substring(0, i) + side.substring(i + 1));
        return left;
    }

    private static void add(Set<Ending> next, int side, String own, String other) {
        if (own.length() + other.length() >= 3) next.add((side == 0 ? new Ending(own, other) : new Ending(other, own)).canonical());
    }

    /** Every 3-piece ending. */
    public static Set<Ending> threePiece() {
        Set<Ending> all = new LinkedHashSet<>();
        for (char p : ORDER.toCharArray()) all.add(new Ending("K" + p, "K"));
        return all;
    }

    @Override
    public String toString() {
        return name();
    }

    /** Whether side {@code a} is stronger than {@code b}: more pieces, else the first better piece. */
    private static boolean stronger(String a, String b) {
        if (a.length() != b.length()) return a.length() > b.length();
        for (int i = 1; i < a.length(); i++) {
            int pa = ORDER.indexOf(a.charAt(i)), pb = ORDER.indexOf(b.charAt(i));
            if (pa != pb) return pa < pb;
        }
        return false;
    }

    private static String sorted(String side) {
        if (side.isEmpty() || side.charAt(0) != 'K') return side;
        StringBuilder sb = new StringBuilder("K");
        for (char p : ORDER.toCharArray()) for (char c : side.substring(1).toCharArray()) if (c == p) sb.append(c);
        return sb.length() == side.length() ? sb.toString() : side; // unknown letters: let the pattern reject it
    }
}
