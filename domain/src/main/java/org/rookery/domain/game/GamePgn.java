package org.rookery.domain.game;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.event.EndReason;

/**
 * Writes a game as standard PGN: the seven-tag roster plus time control, termination and (for a
 * custom start) SetUp/FEN, then SAN movetext wrapped at 80 columns and the result. A small
 * stand-in until the chess package's full PGN module is adopted. Stateless, so thread-safe.
 */
final class GamePgn {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);
    private static final int LINE = 80;

    private GamePgn() {}

    static String of(GameState g, String resultNotation, EndReason reason) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", g.rated ? "Rated game" : "Casual game");
        tags.put("Site", "Rookery");
        tags.put("Date", DATE.format(g.createdAt));
        tags.put("Round", "-");
        tags.put("White", g.white == null ? "?" : g.white);
        tags.put("Black", g.black == null ? "?" : g.black);
        tags.put("Result", resultNotation);
        tags.put("GameId", g.gameId);
        tags.put("TimeControl", g.timeControl.pgnTag());
        if (reason != null) tags.put("Termination", termination(reason));
        if (!g.initialFen.equals(Position.STANDARD_START)) {
            tags.put("SetUp", "1");
            tags.put("FEN", g.initialFen);
        }
        StringBuilder sb = new StringBuilder(256 + g.moves.size() * 8);
        tags.forEach((k, v) -> sb.append('[').append(k).append(" \"").append(escape(v)).append("\"]\n"));
        sb.append('\n');
        Position start = Position.fromFen(g.initialFen);
        appendMovetext(sb, g.moves, start.sideToMove(), start.fullmoveNumber(), resultNotation);
        return sb.append('\n').toString();
    }

    private static void appendMovetext(StringBuilder sb, List<PlayedMove> moves, Color first, int fullmove, String result) {
        int lineStart = sb.length();
        Color side = first;
        for (int i = 0; i < moves.size(); i++) {
            String token = side == Color.WHITE ? fullmove + ". " + moves.get(i).san()
                    : i == 0 ? fullmove + "... " + moves.get(i).san() : moves.get(i).san();
            lineStart = appendToken(sb, token, lineStart);
            if (side == Color.BLACK) fullmove++;
            side = side.opposite();
        }
        appendToken(sb, result, lineStart);
    }

    private static int appendToken(StringBuilder sb, String token, int lineStart) {
        if (sb.length() > lineStart) {
            if (sb.length() - lineStart + 1 + token.length() > LINE) {
                sb.append('\n');
                lineStart = sb.length();
            } else {
                sb.append(' ');
            }
        }
        sb.append(token);
        return lineStart;
    }

    private static String termination(EndReason reason) {
        return switch (reason) {
            case TIMEOUT, TIMEOUT_VS_INSUFFICIENT_MATERIAL -> "time forfeit";
            case ABORTED -> "abandoned";
            default -> "normal";
        };
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
