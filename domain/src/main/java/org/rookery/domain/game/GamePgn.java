package org.rookery.domain.game;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.chess.pgn.PgnGameBuilder;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.PgnWriter;
import org.rookery.domain.event.EndReason;

/**
 * Writes a game as standard PGN through the chess package's PGN module: the seven-tag roster plus
 * game id, time control, termination and (for a custom start) SetUp/FEN, then the movetext and
 * the result. Stateless, so thread-safe.
 */
final class GamePgn {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    private GamePgn() {}

    static String of(GameState g, String resultNotation, EndReason reason) {
        PgnGameBuilder pgn = new PgnGameBuilder(Position.fromFen(g.initialFen))
                .tag("Event", g.rated ? "Rated game" : "Casual game")
                .tag("Site", "Rookery")
                .tag("Date", DATE.format(g.createdAt))
                .tag("Round", "-")
                .tag("White", g.white == null ? "?" : g.white)
                .tag("Black", g.black == null ? "?" : g.black)
                .tag("GameId", g.gameId)
                .tag("TimeControl", g.timeControl.pgnTag());
        if (reason != null) pgn.tag("Termination", termination(reason));
        for (PlayedMove move : g.moves) pgn.move(Uci.parse(pgn.position(), move.uci()));
        pgn.result(PgnResult.fromToken(resultNotation).orElse(PgnResult.UNDECIDED));
        return PgnWriter.write(pgn.build());
    }

    private static String termination(EndReason reason) {
        return switch (reason) {
            case TIMEOUT, TIMEOUT_VS_INSUFFICIENT_MATERIAL -> "time forfeit";
            case ABORTED -> "abandoned";
            default -> "normal";
        };
    }
}
