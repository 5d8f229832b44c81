package org.rookery.adapters.http.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.events.json.EventJson;

/**
 * The HTTP adapter's Jackson pipeline writes every event byte for byte as the shared event JSON
 * does, as bytes and as text (what the JSON is, field by field, is tested against docs/events'
 * schemas in events-json), on its own and inside a WebSocket event frame, after the frame's seq.
 */
class EventEnvelopeSerializerTest {
    private static final TimeControl BLITZ = new TimeControl(180_000, 2_000);
    private final Json json = new Json();
    private final EventJson events = new EventJson();

    @Test
    void the_http_pipeline_writes_the_same_bytes_as_event_json() {
        Instant at = Instant.parse("2026-11-23T10:15:30.123Z");
        for (EventEnvelope event : List.of(
                EventEnvelope.of("e-1", "game-1", 1, at, "corr-9", new GameCreated("ann", null, "ann", BLITZ, true,
                        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1")),
                EventEnvelope.of("e-2", "game-1", 2, at, "", new PlayerJoined("bjørn \"b\"", Color.WHITE)),
                EventEnvelope.of("e-3", "game-1", 3, at, "", new MovePlayed(1, "e2e4", "e4",
                        "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1", 181_000, 180_000, "m-🐦")),
                EventEnvelope.of("e-4", "game-1", 4, at, "", new GameEnded(GameResult.WHITE_WINS, EndReason.RESIGNATION, "bjørn \"b\"", "ann",
                        true, BLITZ, "[Event \"Rated game\"]\n\n1. e4 1-0", "ann", 181_000, 179_000)))) {
            assertArrayEquals(events.toBytes(event), json.write(event), event.type());
            assertEquals(events.toJson(event), json.writeString(event));
            String frame = json.writeString(new SocketFrames.Event(event));
            assertEquals("{\"type\":\"event\",\"seq\":" + event.seq() + ",\"event\":" + events.toJson(event) + "}", frame);
        }
    }
}
