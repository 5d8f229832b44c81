package org.rookery.domain.game;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.PgnGameBuilder;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.event.EndReason;

/**
 * Writes a game as standard PGN through the chess package's PGN module: the seven-tag roster plus
 * game id, time control, termination and (for a custom start) SetUp/FEN, then the movetext and
 * the result. Stateless, so thread-safe.
 */
final class GamePgn {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    private GamePgn() {}

    static String of(GameReadView g, String resultNotation, EndReason reason) {
        Position board = Position.fromFen(g.initialFen()); // the builder copies it, so it can follow the moves
        PgnGameBuilder pgn = new PgnGameBuilder(board)
                .tag("Event", g.rated() ? "Rated game" : "Casual game")
                .tag("Site", "Rookery")
                .tag("Date", DATE.format(g.createdAt()))
                .tag("Round", "-")
                .tag("White", g.white() == null ? "?" : g.white())
                .tag("Black", g.black() == null ? "?" : g.black())
                .tag("GameId", g.gameId())
                .tag("TimeControl", g.timeControl().pgnTag());
        if (reason != null) pgn.tag("Termination", termination(reason));
        // Our own board finds each move from its UCI: the builder's position() copies the board per call,
        // and reading the recorded SAN back (San.parse) costs more than the UCI look-up.
        for (PlayedMove played : g.moves()) {
            int move = MoveText.find(board, played.uci());
            pgn.move(move);
            board.makeMove(move);
        }
        pgn.result(PgnResult.fromToken(resultNotation).orElse(PgnResult.UNDECIDED));
        return pgn.toPgn(); // the builder checked every move: no second replay
    }

    private static String termination(EndReason reason) {
        return switch (reason) {
            case TIMEOUT, TIMEOUT_VS_INSUFFICIENT_MATERIAL -> "time forfeit";
            case ABORTED -> "abandoned";
            default -> "normal";
        };
    }
}
