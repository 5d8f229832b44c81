package org.rookery.domain.chess.pgn;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One move of a PGN line: its SAN as {@link org.rookery.domain.chess.San#format} prints it, the
 * numeric annotation glyphs and comments that follow it, and the variations played instead of it.
 * Comments hold single-spaced text (line breaks and runs of blanks read as one space). Immutable.
 */
public record PgnMove(String san, List<Integer> nags, List<String> comments, List<Variation> variations) {
    private static final Pattern SAN_SHAPE = Pattern.compile("[A-Za-z0-9=+#-]{2,10}");

    public PgnMove {
        Objects.requireNonNull(san, "san");
        if (!SAN_SHAPE.matcher(san).matches()) throw new IllegalArgumentException("'" + san + "' is not SAN");
        nags = List.copyOf(nags);
        for (int nag : nags) {
            if (nag < 0 || nag > 255) throw new IllegalArgumentException("NAG $" + nag + " is outside $0..$255");
        }
        comments = checkedComments(comments);
        variations = List.copyOf(variations);
    }

    public PgnMove(String san) {
        this(san, List.of(), List.of(), List.of());
    }

    /** This move without the annotations that {@code keep} leaves out (recursively). */
    public PgnMove keeping(Annotations keep) {
        return new PgnMove(san,
                keep.nags() ? nags : List.of(),
                keep.comments() ? comments : List.of(),
                keep.variations()
                        ? variations.stream()
                                .map(v -> new Variation(keep.comments() ? v.comments() : List.of(),
                                        v.moves().stream().map(m -> m.keeping(keep)).toList()))
                                .toList()
                        : List.of());
    }

    static List<String> checkedComments(List<String> comments) {
        List<String> copy = List.copyOf(comments);
        for (String c : copy) {
            if (c.isEmpty() || !c.equals(normalizeComment(c))) {
                throw new IllegalArgumentException("a comment is non-empty single-spaced text, not \"" + c + "\"");
            }
        }
        return copy;
    }

    /** The comment as stored: trimmed, with every run of white space (line breaks too) as one space. */
    public static String normalizeComment(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
