package org.rookery.domain.chess.pgn.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Characters of a {@link Reader} with a small look-ahead and the line and column of the next one.
 * Skips a leading byte-order mark and reads CR LF and a lone CR as one {@code '\n'}. Reads in
 * fixed-size chunks, so memory does not grow with the input. Not thread-safe.
 */
final class CharSource {
    static final int EOF = -1;
    private static final int BUFFER = 8192;

    private final Reader in;
    private final char[] buf = new char[BUFFER];
    private int pos, limit;
    private boolean eof;
    private int line = 1, column = 1;

    CharSource(Reader in) {
        this.in = in;
        if (rawPeek(0) == '\uFEFF') pos++;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean atLineStart() {
        return column == 1;
    }

    /** The next character without consuming it, or {@link #EOF}. */
    int peek() {
        int c = rawPeek(0);
        return c == '\r' ? '\n' : c;
    }

    /** The character {@code ahead} places after the next one (0 = next), unnormalized, or {@link #EOF}. */
    int peek(int ahead) {
        return rawPeek(ahead);
    }

    int read() {
        int c = rawPeek(0);
        if (c == EOF) return EOF;
        pos++;
        if (c == '\r') {
            if (rawPeek(0) == '\n') pos++;
            c = '\n';
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /** Consumes the rest of the current line, its line break included. */
    void skipLine() {
        int c;
        do {
            c = read();
        } while (c != EOF && c != '\n');
    }

    private int rawPeek(int ahead) {
        if (pos + ahead >= limit && !fill(ahead + 1)) return EOF;
        return buf[pos + ahead];
    }

    private boolean fill(int wanted) {
        if (eof) return limit - pos >= wanted;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        try {
            while (limit < wanted) {
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                    break;
                }
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading PGN failed", e);
        }
        return limit - pos >= wanted;
    }
}
