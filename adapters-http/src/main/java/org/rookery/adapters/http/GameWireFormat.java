package org.rookery.adapters.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.ClockView;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.MoveOutcome;

/**
 * The JSON shapes of API.md, as records Jackson writes field by field in declaration order: the
 * game object, the move answer and the event envelope. Stateless, so thread-safe.
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

    /** The event envelope of API.md. */
    public record EventJson(String eventId, String type, int schemaVersion, String gameId, long seq, String occurredAt,
            String correlationId, Map<String, Object> payload) {}

    public static GameJson game(GameView v) {
        return new GameJson(v.gameId(), v.status().wireName(), v.white(), v.black(), v.fen(), v.moves(), v.seq(),
                clock(v.clock()), v.result() == null ? null : v.result().notation(),
                v.reason() == null ? null : v.reason().wireName(), timeControl(v.timeControl()), v.rated(),
                v.createdAt() == null ? null : v.createdAt().toString(), color(v.drawOfferBy()));
    }

    public static MoveJson move(MoveOutcome m) {
        return new MoveJson(m.seq(), m.ply(), m.uci(), m.san(), m.fen(), clock(m.clock()), m.status().wireName());
    }

    public static EventJson event(EventEnvelope e) {
        return new EventJson(e.eventId(), e.type(), e.schemaVersion(), e.gameId(), e.seq(), e.occurredAt().toString(),
                e.correlationId(), payload(e.payload()));
    }

    static ClockJson clock(ClockView c) {
        return new ClockJson(c.whiteMs(), c.blackMs(), c.turn().wireName(), c.running());
    }

    static TimeControlJson timeControl(TimeControl tc) {
        return tc == null ? null : new TimeControlJson(tc.initialMs(), tc.incrementMs());
    }

    private static String color(Color c) {
        return c == null ? null : c.wireName();
    }

    private static Map<String, Object> payload(GameEvent event) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (event) {
            case GameCreated c -> {
                p.put("createdBy", c.createdBy());
                p.put("white", c.white());
                p.put("black", c.black());
                p.put("timeControl", timeControl(c.timeControl()));
                p.put("rated", c.rated());
                p.put("initialFen", c.initialFen());
            }
            case PlayerJoined j -> {
                p.put("userId", j.userId());
                p.put("color", j.color().wireName());
            }
            case MovePlayed m -> {
                p.put("ply", m.ply());
                p.put("uci", m.uci());
                p.put("san", m.san());
                p.put("fen", m.fen());
                p.put("whiteMs", m.whiteMs());
                p.put("blackMs", m.blackMs());
                p.put("moveId", m.moveId());
            }
            case DrawOffered d -> p.put("by", d.by().wireName());
            case DrawDeclined d -> p.put("by", d.by().wireName());
            case GameEnded g -> {
                p.put("result", g.result().notation());
                p.put("reason", g.reason().wireName());
                p.put("white", g.white());
                p.put("black", g.black());
                p.put("rated", g.rated());
                p.put("timeControl", timeControl(g.timeControl()));
                p.put("pgn", g.pgn());
                p.put("by", g.by());
                p.put("whiteMs", g.whiteMs());
                p.put("blackMs", g.blackMs());
            }
            case GameAborted a -> {
                p.put("by", a.by());
                p.put("whiteMs", a.whiteMs());
                p.put("blackMs", a.blackMs());
            }
            case MatchCreated m -> {
                p.put("matchId", m.matchId());
                p.put("white", m.white());
                p.put("black", m.black());
                p.put("timeControl", timeControl(m.timeControl()));
                p.put("rated", m.rated());
                p.put("whiteRating", m.whiteRating());
                p.put("blackRating", m.blackRating());
                p.put("pairedAtMs", m.pairedAtMs());
            }
        }
        return p;
    }
}
