package org.rookery.domain.chess.pgn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.pgn.internal.TagRoster;

/**
 * Builds a {@link PgnGame} move by move, for instance from a finished live game: checks each move
 * as it comes, writes it in canonical SAN, and sets {@code SetUp}, {@code FEN} and {@code Variant}
 * from the start position. Not thread-safe.
 */
public final class PgnGameBuilder {
    private static final Set<String> DERIVED = Set.of("Result", "SetUp", "FEN", "Variant");

    private final Position position;
    private final List<TagPair> tags = new ArrayList<>();
    private final List<String> leadingComments = new ArrayList<>();
    private final List<String> sans = new ArrayList<>();
    private final List<List<Integer>> nags = new ArrayList<>();
    private final List<List<String>> comments = new ArrayList<>();
    private PgnResult result = PgnResult.UNDECIDED;
    private final int startNumber;
    private final boolean startsWithBlack;

    /** A game from the standard starting position. */
    public PgnGameBuilder() {
        this(Position.start());
    }

    /** A game from {@code start} (copied; its history is ignored). */
    public PgnGameBuilder(Position start) {
        String fen = start.toFen();
        this.startNumber = start.fullmoveNumber();
        this.startsWithBlack = start.sideToMove() == Color.BLACK;
        this.position = start.isChess960() ? Position.fromChess960Fen(fen) : Position.fromFen(fen);
        if (start.isChess960()) tags.add(new TagPair("Variant", "Chess960"));
        if (start.isChess960() || !fen.equals(Position.STANDARD_START)) {
            tags.add(new TagPair("SetUp", "1"));
            tags.add(new TagPair("FEN", fen));
        }
    }

    /** Adds a tag; {@code Result}, {@code SetUp}, {@code FEN} and {@code Variant} come from elsewhere. */
    public PgnGameBuilder tag(String name, String value) {
        if (DERIVED.contains(name)) throw new IllegalArgumentException("tag " + name + " is set by the builder itself");
        tags.add(new TagPair(name, value));
        return this;
    }

    /** Plays a move given as the engine encodes it ({@link Position#legalMoves()}). */
    public PgnGameBuilder move(int move) {
        if (!position.isLegal(move)) {
            throw new IllegalMoveException(IllegalMoveException.Reason.ILLEGAL, Integer.toString(move),
                    "move " + move + " is not legal in " + position.toFen());
        }
        sans.add(San.format(position, move));
        nags.add(new ArrayList<>(0));
        comments.add(new ArrayList<>(0));
        position.makeMove(move);
        return this;
    }

    /** Plays a move written in SAN (read tolerantly, stored canonically). */
    public PgnGameBuilder move(String san) {
        return move(San.parse(position, san));
    }

    /** Comments the last move, or the game before its first move. */
    public PgnGameBuilder comment(String text) {
        String c = PgnMove.normalizeComment(text);
        if (c.isEmpty()) throw new IllegalArgumentException("a comment needs some text");
        (sans.isEmpty() ? leadingComments : comments.getLast()).add(c);
        return this;
    }

    /** Annotates the last move with a numeric annotation glyph ($0..$255). */
    public PgnGameBuilder nag(int nag) {
        if (sans.isEmpty()) throw new IllegalStateException("a NAG needs a move to annotate");
        nags.getLast().add(nag);
        return this;
    }

    public PgnGameBuilder result(PgnResult result) {
        this.result = result;
        return this;
    }

    /** The position after the moves so far (a copy). */
    public Position position() {
        return position.copy();
    }

    public PgnGame build() {
        return new PgnGame(tags, leadingComments, moves(), result);
    }

    /**
     * The game so far as PGN text: what {@code PgnWriter.write(build())} gives, without building the
     * {@link PgnGame}, which would replay every move again to check it (each was checked as it came).
     * For writing finished games on a server, where that second replay is most of the cost.
     */
    public String toPgn() {
        return PgnWriter.write(TagRoster.canonical(tags, result), startNumber, startsWithBlack,
                PgnMove.checkedComments(leadingComments), moves(), result);
    }

    private List<PgnMove> moves() {
        List<PgnMove> moves = new ArrayList<>(sans.size());
        for (int i = 0; i < sans.size(); i++) moves.add(new PgnMove(sans.get(i), nags.get(i), comments.get(i), List.of()));
        return moves;
    }
}
