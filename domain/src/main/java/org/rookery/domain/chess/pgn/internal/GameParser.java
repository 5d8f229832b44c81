package org.rookery.domain.chess.pgn.internal;

import static org.rookery.domain.chess.pgn.PgnParseException.Problem.BAD_FEN;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.BAD_TAG;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.DUPLICATE_TAG;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.RESULT_MISMATCH;
import static org.rookery.domain.chess.pgn.PgnParseException.Problem.UNSUPPORTED_VARIANT;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.InvalidFenException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.Annotations;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnParseException;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.TagPair;
import org.rookery.domain.chess.pgn.internal.MovetextParser.Movetext;
import org.rookery.domain.chess.pgn.internal.StartPositions.Variant;
import org.rookery.domain.chess.pgn.internal.Token.Kind;

/**
 * Reads games one at a time: the tag section, checked (names, duplicates, {@code Result},
 * {@code SetUp}/{@code FEN}, {@code Variant}), then the movetext. After an error it resumes at the
 * next game's tags. Not thread-safe.
 */
public final class GameParser {
    private final PgnLexer lexer;
    private final MovetextParser movetext;
    private boolean resync, inMovetext;

    public GameParser(Reader in, Annotations keep) {
        this.lexer = new PgnLexer(in, keep.comments());
        this.movetext = new MovetextParser(lexer, keep);
    }

    /** The next game, or null at the end of the input. */
    public PgnGame next() {
        if (resync) lexer.skipToNextGame(inMovetext);
        resync = false;
        try {
            return read();
        } catch (PgnParseException e) {
            resync = true;
            throw e;
        }
    }

    private PgnGame read() {
        inMovetext = false;
        if (lexer.peek().is(Kind.EOF)) return null;
        Map<String, Token> tags = new LinkedHashMap<>(); // name -> the token of its value
        List<TagPair> pairs = new ArrayList<>();
        while (lexer.peek().is(Kind.TAG_START)) readTag(tags, pairs);
        inMovetext = true;
        Movetext text = movetext.read(startPosition(tags));
        PgnResult result = result(tags.get("Result"), text.end());
        return new PgnGame(pairs, text.comments(), MoveDraft.toMoves(text.moves()), result);
    }

    private void readTag(Map<String, Token> tags, List<TagPair> pairs) {
        Token open = lexer.next();
        Token name = lexer.next();
        if (!name.is(Kind.SYMBOL)) throw bad(name, "expected a tag name after '['");
        Token value = lexer.next();
        if (!value.is(Kind.STRING)) throw bad(value, "expected the quoted value of tag " + name.text());
        Token close = lexer.next();
        if (!close.is(Kind.TAG_END)) throw bad(close, "expected ']' to close tag " + name.text());
        TagPair pair;
        try {
            pair = new TagPair(name.text(), value.text());
        } catch (IllegalArgumentException e) {
            throw bad(name, e.getMessage());
        }
        if (tags.putIfAbsent(pair.name(), value) != null) {
            throw new PgnParseException(DUPLICATE_TAG, open.line(), open.column(), "tag " + pair.name() + " is given twice");
        }
        pairs.add(pair);
    }

    private Position startPosition(Map<String, Token> tags) {
        Token result = tags.get("Result"), setUp = tags.get("SetUp"), fen = tags.get("FEN"), variant = tags.get("Variant");
        if (result != null && PgnResult.fromToken(result.text()).isEmpty()) {
            throw bad(result, "the Result tag must be 1-0, 0-1, 1/2-1/2 or *, not \"" + result.text() + "\"");
        }
        if (setUp != null && !setUp.text().equals(fen == null ? "0" : "1")) {
            throw bad(setUp, fen == null ? "SetUp \"1\" needs a FEN tag" : "SetUp must be \"1\" beside a FEN tag");
        }
        if (variant != null && StartPositions.variant(variant.text()) == Variant.UNSUPPORTED) {
            throw new PgnParseException(UNSUPPORTED_VARIANT, variant.line(), variant.column(),
                    "variant \"" + variant.text() + "\" is not supported (only chess and Chess960)");
        }
        try {
            return StartPositions.of(fen == null ? null : fen.text(), variant == null ? null : variant.text());
        } catch (InvalidFenException e) {
            throw new PgnParseException(BAD_FEN, fen.line(), fen.column(), e.getMessage());
        }
    }

    private static PgnResult result(Token tag, Token end) {
        PgnResult fromTag = tag == null ? null : PgnResult.fromToken(tag.text()).orElseThrow();
        if (end.is(Kind.EOF) || end.is(Kind.TAG_START)) return fromTag == null ? PgnResult.UNDECIDED : fromTag;
        PgnResult marker = PgnResult.fromToken(end.text()).orElseThrow();
        if (fromTag != null && fromTag != marker) {
            throw new PgnParseException(RESULT_MISMATCH, end.line(), end.column(),
                    "the game ends with " + marker.token() + " but its Result tag says " + fromTag.token());
        }
        return marker;
    }

    private static PgnParseException bad(Token t, String why) {
        return new PgnParseException(BAD_TAG, t.line(), t.column(), why);
    }
}
