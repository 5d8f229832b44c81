package org.rookery.domain.chess.pgn.internal;

import static org.rookery.domain.chess.pgn.PgnParseException.Problem.BAD_ANNOTATION;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.TOO_LONG;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNEXPECTED_TOKEN;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNTERMINATED_VARIATION;

import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.Annotations;
import org.rookery.domain.chess.pgn.PgnParseException;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.Variation;
import org.rookery.domain.chess.pgn.internal.Token.Kind;

/**
 * Reads the movetext of one game: move numbers, SAN moves (replayed on a position, so each one is
 * checked), NAGs and suffix glyphs, comments and nested variations, up to the game-termination
 * marker. Keeps or drops annotations as told. Not thread-safe.
 */
final class MovetextParser {
    static final int MAX_VARIATION_DEPTH = 64;
    private static final List<String> GLYPHS = List.of("!", "?", "!!", "??", "!?", "?!");

    /** What the movetext held; {@code end} is the marker, or the EOF or '[' token where it was missing. */
    record Movetext(List<String> comments, List<MoveDraft> moves, Token end) {}

    private final PgnLexer lexer;
    private final Annotations keep;

    MovetextParser(PgnLexer lexer, Annotations keep) {
        this.lexer = lexer;
        this.keep = keep;
    }

    /** Reads the movetext, playing the mainline on {@code p}. */
    Movetext read(Position p) {
        List<String> comments = new ArrayList<>();
        List<MoveDraft> moves = new ArrayList<>();
        Token end = line(p, 0, null, comments, moves);
        return new Movetext(comments, moves, end);
    }

    /** Reads one line (the mainline at depth 0) and returns the token that ended it. */
    private Token line(Position p, int depth, Token open, List<String> comments, List<MoveDraft> moves) {
        while (true) {
            Token t = lexer.peek();
            if (t.is(Kind.EOF) || t.is(Kind.TAG_START)) {
                if (depth > 0) throw unterminated(open);
                return t; // a missing marker: the caller decides; '[' stays for the next game
            }
            lexer.next();
            switch (t.kind()) {
                case SYMBOL -> {
                    if (symbol(p, depth, t, moves)) return t;
                }
                case STAR -> {
                    if (depth > 0) throw unexpected(t, "a result cannot stand inside a variation");
                    return t;
                }
                case NAG, GLYPH -> annotate(t, moves);
                case COMMENT -> {
                    if (keep.comments() && !t.text().isEmpty()) {
                        (moves.isEmpty() ? comments : moves.getLast().comments).add(t.text());
                    }
                }
                case VARIATION_START -> variation(p, depth, t, moves);
                case VARIATION_END -> {
                    if (depth == 0) throw unexpected(t, "')' closes no variation");
                    if (moves.isEmpty()) throw unexpected(t, "a variation needs at least one move");
                    return t;
                }
                default -> throw unexpected(t, "'" + t.text() + "' cannot stand in movetext");
            }
        }
    }

    /** Handles a symbol; returns true when it is the game's result. */
    private boolean symbol(Position p, int depth, Token t, List<MoveDraft> moves) {
        String s = t.text();
        if (s.chars().allMatch(Character::isDigit)) { // a move number; its periods are optional
            while (lexer.peek().is(Kind.PERIOD)) lexer.next();
            return false;
        }
        if (PgnResult.fromToken(s).isPresent()) {
            if (depth > 0) throw unexpected(t, "a result cannot stand inside a variation");
            return true;
        }
        if (s.equals("e.p.")) {
            if (moves.isEmpty()) throw unexpected(t, "'e.p.' follows no move");
            return false;
        }
        moves.add(MovePlayer.play(p, t));
        return false;
    }

    private void annotate(Token t, List<MoveDraft> moves) {
        int nag = t.is(Kind.NAG) ? Integer.parseInt(t.text().substring(1)) : GLYPHS.indexOf(t.text()) + 1;
        if (t.is(Kind.GLYPH) && nag == 0) throw badAnnotation(t, "is not an annotation glyph");
        if (moves.isEmpty()) throw badAnnotation(t, "annotates no move");
        if (keep.nags()) moves.getLast().nags.add(nag);
    }

    private void variation(Position p, int depth, Token open, List<MoveDraft> moves) {
        if (moves.isEmpty()) throw unexpected(open, "a variation must follow the move it replaces");
        if (depth + 1 > MAX_VARIATION_DEPTH) {
            throw tooDeep(open);
        }
        if (!keep.variations()) {
            skipVariation(open);
            return;
        }
        MoveDraft replaced = moves.getLast();
        p.unmakeMove();
        List<String> comments = new ArrayList<>();
        List<MoveDraft> line = new ArrayList<>();
        line(p, depth + 1, open, comments, line);
        for (int i = 0; i < line.size(); i++) p.unmakeMove();
        p.makeMove(replaced.move);
        replaced.variations.add(new Variation(comments, MoveDraft.toMoves(line)));
    }

    /** Reads past a variation, checking only that it is closed and holds no result. */
    private void skipVariation(Token open) {
        int depth = 1;
        while (depth > 0) {
            Token t = lexer.peek();
            if (t.is(Kind.EOF) || t.is(Kind.TAG_START)) throw unterminated(open);
            lexer.next();
            if (t.is(Kind.VARIATION_START) && ++depth > MAX_VARIATION_DEPTH) {
                throw tooDeep(t);
            }
            if (t.is(Kind.VARIATION_END)) depth--;
            if (t.is(Kind.STAR) || (t.is(Kind.SYMBOL) && PgnResult.fromToken(t.text()).isPresent())) {
                throw unexpected(t, "a result cannot stand inside a variation");
            }
        }
    }

    private static PgnParseException unterminated(Token open) {
        return new PgnParseException(
                UNTERMINATED_VARIATION, open.line(), open.column(), "the variation opened here has no closing ')'");
    }

    private static PgnParseException tooDeep(Token open) {
        return new PgnParseException(
                TOO_LONG, open.line(), open.column(), "variations nest deeper than " + MAX_VARIATION_DEPTH);
    }

    private static PgnParseException badAnnotation(Token t, String why) {
        return new PgnParseException(BAD_ANNOTATION, t.line(), t.column(), "'" + t.text() + "' " + why);
    }

    private static PgnParseException unexpected(Token t, String why) {
        return new PgnParseException(UNEXPECTED_TOKEN, t.line(), t.column(), why);
    }
}
