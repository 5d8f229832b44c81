package org.rookery.adapters.http.json;

import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.ClockView;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;

/**
 * The JSON shapes of API.md, as records Jackson writes field by field in declaration order: the
 * game object and the move answer (the event envelope has its own serializer, given to {@link Json}). Stateless, so thread-safe.
 */
public final class GameWireFormat {
    private GameWireFormat() {}

    /** API.md's game object (plus the pending draw offer). */
    public record GameJson(String gameId, String status, String white, String black, String fen, List<String> moves,
            long seq, ClockJson clock, String result, String reason, TimeControlJson timeControl, boolean rated,
            String createdAt, String drawOfferBy) {}

    public record ClockJson(long whiteMs, long blackMs, String turn, boolean running) {}

    public record TimeControlJson(long initialMs, long incrementMs) {}

    /** The answer to an accepted move. */
    public record MoveJson(long seq, int ply, String uci, String san, String fen, ClockJson clock, String status) {}

    public static GameJson game(GameView v) {
        return new GameJson(v.gameId(), v.status().wireName(), v.white(), v.black(), v.fen(), v.moves(), v.seq(),
                clock(v.clock()), v.result() == null ? null : v.result().notation(),
                v.reason() == null ? null : v.reason().wireName(), timeControl(v.timeControl()), v.rated(),
                v.createdAt() == null ? null : v.createdAt().toString(), color(v.drawOfferBy()));
    }

    public static MoveJson move(MoveOutcome m) {
        return new MoveJson(m.seq(), m.ply(), m.uci(), m.san(), m.fen(), clock(m.clock()), m.status().wireName());
    }

    public static ClockJson clock(ClockView c) {
        return new ClockJson(c.whiteMs(), c.blackMs(), c.turn().wireName(), c.running());
    }

    public static TimeControlJson timeControl(TimeControl tc) {
        return tc == null ? null : new TimeControlJson(tc.initialMs(), tc.incrementMs());
    }

    private static String color(Color c) {
        return c == null ? null : c.wireName();
    }
}
