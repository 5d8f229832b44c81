package org.rookery.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/** Every event written and read back is the same event; what is not an event is refused with a reason. */
class EventJsonRoundTripTest {
    private static final TimeControl BLITZ = new TimeControl(180_000, 2_000);
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");
    private final EventJson json = new EventJson();

    static List<GameEvent> everyGameEvent() {
        return List.of(
                new GameCreated("ann", "ann", null, BLITZ, true, "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"),
                new PlayerJoined("bob", Color.BLACK),
                new MovePlayed(7, "e7e8q", "e8=Q+", "4Q3/8/8/8/8/8/8/4K2k b - - 0 40", 59_000, 61_250, "m-\"quoted\"-7"),
                new DrawOffered(Color.WHITE),
                new DrawDeclined(Color.BLACK),
                new GameEnded(GameResult.BLACK_WINS, EndReason.RESIGNATION, "ann", "bob", true, BLITZ, "1. f3 e5 2. g4 Qh4# 0-1", "ann", 1, 2),
                new GameAborted("bob", 180_000, 180_000));
    }

    @Test
    void every_game_event_type_survives_the_trip_as_bytes_and_as_text() {
        assertThat(everyGameEvent()).extracting(Object::getClass).containsExactlyInAnyOrder(GameEvent.class.getPermittedSubclasses());
        for (GameEvent payload : everyGameEvent()) {
            EventEnvelope e = EventEnvelope.of("ev-1", "game-1", 12, AT, "corr-1", payload);
            assertThat(json.readGameEvent(json.toBytes(e))).isEqualTo(e);
            assertThat(json.readGameEvent(json.toJson(e))).isEqualTo(e);
        }
    }

    @Test
    void a_match_created_survives_the_trip() {
        MatchEnvelope e = MatchEnvelope.of("ev-2", "match-1", AT, "match-1",
                new MatchCreated("match-1", "ann", "bob", "game-9", BLITZ, true, 1512.5, 1490.25, AT));
        assertThat(json.readMatchEvent(json.toBytes(e))).isEqualTo(e);
        assertThat(json.toJson(e)).contains("\"matchId\":\"match-1\"").doesNotContain("\"seq\"");
    }

    @Test
    void what_is_not_a_readable_event_is_refused_with_a_reason() {
        String good = json.toJson(EventEnvelope.of("ev-1", "game-1", 3, AT, "c", new DrawOffered(Color.WHITE)));
        assertThatThrownBy(() -> json.readGameEvent("{not json")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.readGameEvent("[1,2]")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.readGameEvent(good.replace("\"DrawOffered\"", "\"Teleported\"")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("Teleported");
        assertThatThrownBy(() -> json.readGameEvent(good.replace("\"schemaVersion\":1", "\"schemaVersion\":9")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> json.readGameEvent(good.replace("\"seq\":3", "\"seq\":\"3\"")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("seq");
        assertThatThrownBy(() -> json.readGameEvent(good.replace("\"by\":\"white\"", "\"by\":\"purple\"")))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.readGameEvent(good.replace("{\"eventId\"", "{\"seq\":4,\"eventId\"")))
                .as("a duplicate key").isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.readGameEvent(good.replace("\"seq\":3", "\"seq\":0")))
                .as("an envelope the domain refuses").isInstanceOf(UnreadableEventException.class);
    }
}
