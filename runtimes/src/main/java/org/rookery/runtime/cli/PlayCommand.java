package org.rookery.runtime.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.rookery.domain.chess.GameStatus;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;

/**
 * {@code play [--fen FEN] MOVE...}: plays moves written in UCI or SAN (UCI when the text has its
 * shape, else SAN), then prints the final FEN and {@code status: <status>}. A move that cannot be
 * played exits with 1, naming the move, its place in the list and the position. Stateless, so
 * thread-safe.
 */
final class PlayCommand implements Command {
    /** Exit code for a move that cannot be played. */
    static final int ILLEGAL_MOVE = 1;

    @Override
    public String usage() {
        return "play [--fen FEN] MOVE...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, Set.of("--fen"), Set.of());
        Position position = Position.fromFen(a.value("--fen", Position.STANDARD_START));
        List<String> moves = a.positionals();
        for (int i = 0; i < moves.size(); i++) {
            String text = moves.get(i), which = "move " + (i + 1) + " '" + text + "'";
            GameStatus status = position.status();
            if (status.isOver()) {
                err.println("error: " + which + " comes after the game ended (" + status.wireName() + ") in " + position.toFen());
                return ILLEGAL_MOVE;
            }
            try {
                position.makeMove(Uci.isWellFormed(text) ? Uci.parse(position, text) : San.parse(position, text));
            } catch (IllegalMoveException e) {
                err.println("error: " + which + " " + why(e) + " in " + position.toFen());
                return ILLEGAL_MOVE;
            }
        }
        out.println(position.toFen());
        out.println("status: " + position.status().wireName());
        return OK;
    }

    private static String why(IllegalMoveException e) {
        return switch (e.reason()) {
            case ILLEGAL -> "is illegal";
            case AMBIGUOUS -> "is ambiguous (it matches more than one legal move)";
            case MALFORMED -> "is neither UCI (e2e4, e7e8q) nor SAN (e4, Nf3, O-O, e8=Q)";
        };
    }
}
