package org.rookery.domain.chess.pgn.internal;

import static org.rookery.domain.chess.pgn.PgnParseException.Problem.BAD_ANNOTATION;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNEXPECTED_CHARACTER;

import java.io.Reader;
import org.rookery.domain.chess.pgn.PgnParseException;
import org.rookery.domain.chess.pgn.internal.Token.Kind;

/**
 * Splits PGN text into tokens: skips white space and {@code %} escape lines, reads tag strings with
 * their {@code \"} and {@code \\} escapes, brace and semicolon comments (single-spaced), NAGs,
 * {@code !}/{@code ?} suffixes and symbols (a trailing {@code e.p.} stays with its move). A token
 * longer than {@link #MAX_TOKEN_CHARS} is refused, so memory stays bounded. Not thread-safe.
 */
public final class PgnLexer {
    public static final int MAX_TOKEN_CHARS = 1 << 20;

    private final CharSource src;
    private final TextTokens text;
    private Token peeked;

    /** With {@code keepCommentText} false, comments come back with empty text and are never buffered. */
    public PgnLexer(Reader in, boolean keepCommentText) {
        this.src = new CharSource(in);
        this.text = new TextTokens(src, keepCommentText);
    }

    public Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    public Token peek() {
        if (peeked == null) peeked = scan();
        return peeked;
    }

    /**
     * After an error, skips to the next line that starts with {@code [} and follows a line that does
     * not (a blank line or movetext), which is where the next game's tags begin.
     */
    public void skipToNextGame(boolean inMovetext) {
        Token ahead = peeked;
        peeked = null;
        if (inMovetext && ahead != null && ahead.is(Kind.TAG_START) && ahead.column() == 1) {
            peeked = ahead; // the error was the next game's tags arriving early: start there
            return;
        }
        boolean leftTags = inMovetext;
        if (!src.atLineStart()) src.skipLine();
        while (src.peek() != CharSource.EOF) {
            if (src.peek() == '[') {
                if (leftTags) return;
            } else {
                leftTags = true;
            }
            src.skipLine();
        }
    }

    private Token scan() {
        while (true) {
            int c = src.peek();
            int line = src.line(), col = src.column();
            if (c == CharSource.EOF) return new Token(Kind.EOF, "", line, col);
            if (c == '%' && src.atLineStart()) {
                src.skipLine();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == 0x0B) {
                src.read();
                continue;
            }
            Kind single = switch (c) {
                case '[' -> Kind.TAG_START;
                case ']' -> Kind.TAG_END;
                case '(' -> Kind.VARIATION_START;
                case ')' -> Kind.VARIATION_END;
                case '.' -> Kind.PERIOD;
                case '*' -> Kind.STAR;
                default -> null;
            };
            if (single != null) {
                src.read();
                return new Token(single, String.valueOf((char) c), line, col);
            }
            return switch (c) {
                case '"' -> text.string(line, col);
                case '{' -> text.braceComment(line, col);
                case ';' -> text.lineComment(line, col);
                case '$' -> nag(line, col);
                case '!', '?' -> glyph(line, col);
                default -> {
                    if (isSymbolStart(c)) yield symbol(line, col);
                    throw new PgnParseException(UNEXPECTED_CHARACTER, line, col, describe(c) + " cannot appear here");
                }
            };
        }
    }

    private Token nag(int line, int col) {
        src.read();
        StringBuilder sb = new StringBuilder("$");
        while (src.peek() >= '0' && src.peek() <= '9' && sb.length() <= 4) sb.append((char) src.read());
        if (sb.length() == 1 || sb.length() > 4 || Integer.parseInt(sb.substring(1)) > 255) {
            throw new PgnParseException(BAD_ANNOTATION, line, col, "'" + sb + "' is not a NAG ($0 to $255)");
        }
        return new Token(Kind.NAG, sb.toString(), line, col);
    }

    private Token glyph(int line, int col) {
        StringBuilder sb = new StringBuilder();
        while ((src.peek() == '!' || src.peek() == '?') && sb.length() < 3) sb.append((char) src.read());
        return new Token(Kind.GLYPH, sb.toString(), line, col);
    }

    private Token symbol(int line, int col) {
        StringBuilder sb = new StringBuilder();
        while (isSymbolChar(src.peek())) {
            if (src.peek() == 'e' && src.peek(1) == '.' && src.peek(2) == 'p' && src.peek(3) == '.') {
                for (int i = 0; i < 4; i++) sb.append((char) src.read()); // en-passant suffix: "exd6e.p."
                break;
            }
            TextTokens.append(sb, src.read(), line, col, "symbol");
        }
        return new Token(Kind.SYMBOL, sb.toString(), line, col);
    }

    private static boolean isSymbolStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isSymbolChar(int c) {
        return isSymbolStart(c) || c == '_' || c == '+' || c == '#' || c == '=' || c == ':' || c == '-' || c == '/';
    }

    private static String describe(int c) {
        return c < 0x20 || c == 0x7F ? String.format("character U+%04X", c) : "'" + (char) c + "'";
    }
}
