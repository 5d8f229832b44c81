package org.rookery.domain.chess.pgn.internal;

import static org.rookery.domain.chess.pgn.PgnParseException.Problem.TOO_LONG;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNTERMINATED_COMMENT;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNTERMINATED_STRING;

import org.rookery.domain.chess.pgn.PgnParseException;
import org.rookery.domain.chess.pgn.internal.Token.Kind;

/**
 * Reads the PGN tokens that hold free text: tag strings (with {@code \"} and {@code \\} escapes,
 * on one line), brace comments (across lines) and semicolon comments (to the end of the line).
 * Comment text comes back single-spaced, or empty and unbuffered when it is not wanted. Not
 * thread-safe.
 */
final class TextTokens {
    private final CharSource src;
    private final boolean keepCommentText;

    TextTokens(CharSource src, boolean keepCommentText) {
        this.src = src;
        this.keepCommentText = keepCommentText;
    }

    Token string(int line, int col) {
        src.read();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = src.read();
            if (c == CharSource.EOF || c == '\n') {
                throw new PgnParseException(UNTERMINATED_STRING, line, col, "the string has no closing quote on its line");
            }
            if (c == '"') return new Token(Kind.STRING, sb.toString(), line, col);
            if (c == '\\' && (src.peek() == '"' || src.peek() == '\\')) c = src.read();
            append(sb, c, line, col, "string");
        }
    }

    Token braceComment(int line, int col) {
        src.read();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = src.read();
            if (c == CharSource.EOF) {
                throw new PgnParseException(UNTERMINATED_COMMENT, line, col, "the comment opened here has no closing '}'");
            }
            if (c == '}') return comment(sb, line, col);
            if (keepCommentText) appendSingleSpaced(sb, c, line, col);
        }
    }

    Token lineComment(int line, int col) {
        src.read();
        StringBuilder sb = new StringBuilder();
        while (src.peek() != CharSource.EOF && src.peek() != '\n') {
            int c = src.read();
            if (keepCommentText) appendSingleSpaced(sb, c, line, col);
        }
        return comment(sb, line, col);
    }

    private Token comment(StringBuilder sb, int line, int col) {
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') sb.setLength(end - 1);
        return new Token(Kind.COMMENT, sb.toString(), line, col);
    }

    private void appendSingleSpaced(StringBuilder sb, int c, int line, int col) {
        boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
        if (!blank) {
            append(sb, c, line, col, "comment");
        } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }

    static void append(StringBuilder sb, int c, int line, int col, String what) {
        if (sb.length() >= PgnLexer.MAX_TOKEN_CHARS) {
            throw new PgnParseException(
                    TOO_LONG, line, col, "the " + what + " is longer than " + PgnLexer.MAX_TOKEN_CHARS + " characters");
        }
        sb.append((char) c);
    }
}
