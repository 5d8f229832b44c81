package org.rookery.domain.chess.pgn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.rookery.domain.chess.pgn.internal.MovetextWriter;

/**
 * Writes games in PGN export format: one tag pair per line (Seven Tag Roster first), a blank line,
 * the movetext in lines shorter than 80 characters ending with the result, and a blank line, so
 * games can be written one after another into one file. Reading the text back with
 * {@link PgnReader} gives an equal game. Stateless, so thread-safe.
 */
public final class PgnWriter {
    private PgnWriter() {}

    public static String write(PgnGame game) {
        return write(game, Annotations.ALL);
    }

    /** The game with only the annotations {@code keep} names. */
    public static String write(PgnGame game, Annotations keep) {
        StringBuilder sb = tags(game.tags());
        MovetextWriter.write(game, keep, sb);
        return sb.append('\n').toString();
    }

    /** The text of a game whose tags are already in export order and whose moves were checked (for {@link PgnGameBuilder}). */
    static String write(List<TagPair> tags, int startNumber, boolean startsWithBlack, List<String> comments, List<PgnMove> moves,
            PgnResult result) {
        StringBuilder sb = tags(tags);
        MovetextWriter.write(startNumber, startsWithBlack, comments, moves, result, Annotations.ALL, sb);
        return sb.append('\n').toString();
    }

    private static StringBuilder tags(List<TagPair> tags) {
        StringBuilder sb = new StringBuilder(512);
        for (TagPair t : tags) {
            sb.append('[').append(t.name()).append(" \"");
            for (int i = 0; i < t.value().length(); i++) {
                char c = t.value().charAt(i);
                if (c == '"' || c == '\\') sb.append('\\');
                sb.append(c);
            }
            sb.append("\"]\n");
        }
        return sb.append('\n');
    }

    public static void write(PgnGame game, Annotations keep, Appendable out) {
        try {
            out.append(write(game, keep));
        } catch (IOException e) {
            throw new UncheckedIOException("writing PGN failed", e);
        }
    }
}
