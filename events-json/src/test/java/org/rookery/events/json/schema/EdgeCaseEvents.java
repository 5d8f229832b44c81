package org.rookery.events.json.schema;

import java.time.Instant;
import java.util.List;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * Events built by hand at the edges of what the domain allows: nulls where allowed, the largest
 * numbers, the extreme instants, ids full of quotes, escapes and characters outside the BMP.
 * Stateless.
 */
final class EdgeCaseEvents {
    static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    static final String AWKWARD = "\"quoted\" \\back\\slash\\ \t tab \u0001 ctrl \u2028 line-sep 𝄞 clef — ü";
    private static final TimeControl LONGEST = new TimeControl(TimeControl.MAX_INITIAL_MS, TimeControl.MAX_INCREMENT_MS);
    private static final TimeControl SHORTEST = new TimeControl(1, 0);
    private static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
    private static final String PGN = "[Event \"" + AWKWARD + "\"]\n[Site \"?\"]\n\n1. f3 e5 2. g4 Qh4# 0-1";

    private EdgeCaseEvents() {}

    static List<EventEnvelope> gameEvents() {
        return List.of(
                EventEnvelope.of(AWKWARD, AWKWARD, Long.MAX_VALUE, LAST_INSTANT, AWKWARD,
                        new GameCreated(AWKWARD, null, AWKWARD, LONGEST, false, START)),
                EventEnvelope.of("e", "g", 1, Instant.EPOCH, null, new GameCreated("c", "c", null, SHORTEST, true, START)),
                EventEnvelope.of("e", "g", 2, Instant.parse("2026-01-01T00:00:00.000001Z"), "", new PlayerJoined(AWKWARD, Color.WHITE)),
                EventEnvelope.of("e", "g", 3, Instant.EPOCH, "",
                        new MovePlayed(Integer.MAX_VALUE, "h7h8n", "gxh8=N#", "7N/8/8/8/8/8/8/k6K b - - 0 1", Long.MAX_VALUE, 0, "é".repeat(128))),
                EventEnvelope.of("e", "g", 4, Instant.EPOCH, "", new MovePlayed(1, "e1c1", "O-O-O+", START, 0, Long.MAX_VALUE, AWKWARD)),
                EventEnvelope.of("e", "g", 5, Instant.EPOCH, "", new DrawOffered(Color.BLACK)),
                EventEnvelope.of("e", "g", 6, Instant.EPOCH, "", new DrawDeclined(Color.WHITE)),
                EventEnvelope.of("e", "g", 7, LAST_INSTANT, "", new GameEnded(GameResult.DRAW, EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL,
                        AWKWARD, "b", false, LONGEST, PGN, "system", 0, Long.MAX_VALUE)),
                EventEnvelope.of("e", "g", 8, LAST_INSTANT, "", new GameAborted(AWKWARD, Long.MAX_VALUE, 0)));
    }

    static List<MatchEnvelope> matchEvents() {
        return List.of(
                MatchEnvelope.of(AWKWARD, AWKWARD, LAST_INSTANT, AWKWARD,
                        new MatchCreated(AWKWARD, AWKWARD + "w", AWKWARD + "b", AWKWARD, LONGEST, true, Double.MAX_VALUE, -Double.MAX_VALUE,
                                LAST_INSTANT)),
                MatchEnvelope.of("e", "m", Instant.EPOCH, null,
                        new MatchCreated("m", "ann", "bob", "g", SHORTEST, false, 1500, 1512.3456789, Instant.parse("2026-03-01T12:00:00.123456789Z"))));
    }
}
