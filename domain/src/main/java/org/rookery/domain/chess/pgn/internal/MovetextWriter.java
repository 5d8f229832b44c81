package org.rookery.domain.chess.pgn.internal;

import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.Annotations;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnMove;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.Variation;

/**
 * Writes the movetext of a game in PGN export form: a number before each White move and before a
 * Black move that opens a line or follows a comment or variation, NAGs as {@code $n}, comments in
 * braces (or after {@code ;} when they hold a {@code }}), variations in parentheses, the result
 * last, lines shorter than 80 characters. Stateless.
 */
public final class MovetextWriter {
    private MovetextWriter() {}

    public static void write(PgnGame game, Annotations keep, StringBuilder out) {
        Position start = game.startPosition();
        write(start.fullmoveNumber(), start.sideToMove() == Color.BLACK, game.comments(), game.moves(), game.result(), keep, out);
    }

    /** The movetext of a line that starts at move {@code startNumber}, with Black to move if {@code startsWithBlack}. */
    public static void write(int startNumber, boolean startsWithBlack, List<String> comments, List<PgnMove> moves,
            PgnResult result, Annotations keep, StringBuilder out) {
        LineWrapper lines = new LineWrapper(out);
        Line first = new Line(startNumber, startsWithBlack, keep, lines);
        if (keep.comments()) first.comments(comments);
        first.moves(moves, 0);
        lines.word(result.token());
        lines.finish();
    }

    /** Numbering of the moves of the game, shared by its variations. */
    private record Line(int startNumber, boolean startsWithBlack, Annotations keep, LineWrapper out) {

        void moves(List<PgnMove> moves, int firstPly) {
            boolean numberNext = true;
            for (int i = 0; i < moves.size(); i++) {
                PgnMove m = moves.get(i);
                String label = MoveNumbers.label(startNumber, startsWithBlack, firstPly + i);
                if (numberNext || !label.endsWith("...")) out.word(label);
                out.word(m.san());
                numberNext = false;
                if (keep.nags()) for (int nag : m.nags()) out.word("$" + nag);
                if (keep.comments() && !m.comments().isEmpty()) {
                    comments(m.comments());
                    numberNext = true;
                }
                if (keep.variations()) {
                    for (Variation v : m.variations()) {
                        out.open();
                        if (keep.comments()) comments(v.comments());
                        moves(v.moves(), firstPly + i);
                        out.close();
                        numberNext = true;
                    }
                }
            }
        }

        void comments(List<String> comments) {
            for (String c : comments) {
                if (c.indexOf('}') >= 0) {
                    out.lineComment(c);
                    continue;
                }
                String[] words = c.split(" ");
                for (int w = 0; w < words.length; w++) {
                    out.word((w == 0 ? "{" : "") + words[w] + (w == words.length - 1 ? "}" : ""));
                }
            }
        }
    }
}
