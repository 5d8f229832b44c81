package org.rookery.domain.chess.pgn.internal;

import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.pgn.PgnParseException;
import org.rookery.domain.chess.pgn.PgnParseException.Problem;

/** Plays a SAN move token on a position, or says precisely why it cannot. Stateless. */
final class MovePlayer {
    private MovePlayer() {}

    static MoveDraft play(Position p, Token t) {
        String written = t.text();
        int move;
        try {
            move = San.parse(p, written);
        } catch (IllegalMoveException e) {
            String at = "'" + written + "' at move " + MoveNumbers.label(p);
            throw switch (e.reason()) {
                case MALFORMED -> new PgnParseException(Problem.MALFORMED_MOVE, t.line(), t.column(), written,
                        at + " is not a SAN move");
                case ILLEGAL -> new PgnParseException(Problem.ILLEGAL_MOVE, t.line(), t.column(), written,
                        at + " is not legal in " + p.toFen());
                case AMBIGUOUS -> new PgnParseException(Problem.AMBIGUOUS_MOVE, t.line(), t.column(), written,
                        at + " matches more than one legal move in " + p.toFen());
            };
        }
        MoveDraft draft = new MoveDraft(San.format(p, move), move);
        p.makeMove(move);
        return draft;
    }
}
