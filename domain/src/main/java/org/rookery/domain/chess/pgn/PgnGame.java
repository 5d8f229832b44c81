package org.rookery.domain.chess.pgn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.pgn.internal.LineReplay;
import org.rookery.domain.chess.pgn.internal.StartPositions;
import org.rookery.domain.chess.pgn.internal.TagRoster;

/**
 * One game of a PGN file: its tag pairs, the comments before its first move, its mainline moves
 * (each with its annotations and variations) and its result. The constructor puts the tags in
 * export order (the Seven Tag Roster first, filled with {@code "?"} where missing, {@code Result}
 * always equal to {@link #result()}, {@code SetUp "1"} beside a {@code FEN}) and replays every move
 * and variation from the start position, so a game with an illegal or non-canonical move cannot
 * exist. Immutable.
 */
public record PgnGame(List<TagPair> tags, List<String> comments, List<PgnMove> moves, PgnResult result) {

    public PgnGame {
        Objects.requireNonNull(result, "result");
        tags = TagRoster.canonical(tags, result);
        comments = PgnMove.checkedComments(comments);
        moves = List.copyOf(moves);
        LineReplay.check(StartPositions.of(tags), moves);
    }

    /** The value of the tag with this name, if the game has it. */
    public Optional<String> tag(String name) {
        for (TagPair t : tags) if (t.name().equals(name)) return Optional.of(t.value());
        return Optional.empty();
    }

    /** The FEN the game starts from, when it does not start from the standard position. */
    public Optional<String> startFen() {
        return tag("FEN");
    }

    /** A fresh copy of the position before the first move (Chess960 when the variant or the FEN says so). */
    public Position startPosition() {
        return StartPositions.of(tags);
    }

    /** A fresh position after the last mainline move. */
    public Position finalPosition() {
        Position p = startPosition();
        for (PgnMove m : moves) p.makeMove(San.parse(p, m.san()));
        return p;
    }

    /** This game without the annotations that {@code keep} leaves out. */
    public PgnGame keeping(Annotations keep) {
        return new PgnGame(tags, keep.comments() ? comments : List.of(),
                moves.stream().map(m -> m.keeping(keep)).toList(), result);
    }
}
