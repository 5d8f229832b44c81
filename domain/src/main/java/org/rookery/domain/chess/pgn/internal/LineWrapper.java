package org.rookery.domain.chess.pgn.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out movetext words in lines of at most {@value #MAX_LINE} characters, breaking only between
 * words and never so that a line starts with {@code %} (an escape line to PGN readers). A word
 * longer than a line stays whole. Not thread-safe.
 */
final class LineWrapper {
    /** The PGN export limit: lines shorter than 80 characters. */
    static final int MAX_LINE = 79;

    private final StringBuilder out;
    private final StringBuilder line = new StringBuilder(MAX_LINE + 16);
    private final List<Integer> starts = new ArrayList<>(); // where each word of the line starts
    private String prefix = "";

    LineWrapper(StringBuilder out) {
        this.out = out;
    }

    void word(String w) {
        add(prefix + w, false);
        prefix = "";
    }

    /** Opens a variation: its parenthesis sticks to the next word. */
    void open() {
        prefix += "(";
    }

    /** Closes a variation: its parenthesis sticks to the last word, unless a line comment ended the line. */
    void close() {
        add(")", !line.isEmpty());
    }

    /** A {@code ;} comment: runs to the end of its line. */
    void lineComment(String text) {
        word(";" + text);
        flush();
    }

    /** Ends the last line. */
    void finish() {
        if (!line.isEmpty()) flush();
    }

    private void add(String w, boolean glue) {
        if (line.isEmpty()) {
            startLine(w);
            return;
        }
        if (line.length() + w.length() + (glue ? 0 : 1) > MAX_LINE) {
            // First word to carry to the next line: the new one, or with a glued ')' the last one.
            int k = glue ? starts.size() - 1 : starts.size();
            while (k > 0 && (k < starts.size() ? line.charAt(starts.get(k)) : w.charAt(0)) == '%') k--;
            if (k > 0) {
                boolean carries = k < starts.size();
                String carry = carries ? line.substring(starts.get(k)) : "";
                line.setLength(carries ? starts.get(k) - 1 : line.length());
                flush();
                for (String part : carry.split(" ")) { // words never hold spaces (line comments end their line)
                    if (part.isEmpty()) continue;
                    if (line.isEmpty()) startLine(part);
                    else append(part, false);
                }
                if (line.isEmpty()) {
                    startLine(w);
                    return;
                }
            }
        }
        append(w, glue);
    }

    private void append(String w, boolean glue) {
        if (!glue) {
            line.append(' ');
            starts.add(line.length());
        }
        line.append(w);
    }

    private void startLine(String w) {
        line.append(w);
        starts.clear();
        starts.add(0);
    }

    private void flush() {
        out.append(line).append('\n');
        line.setLength(0);
        starts.clear();
    }
}
