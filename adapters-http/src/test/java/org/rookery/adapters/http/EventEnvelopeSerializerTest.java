package org.rookery.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * The streaming event writer against the events themselves: every payload record's components
 * appear, in declaration order, under their own names and with their values (enums by their wire
 * names), inside the envelope of API.md. A new event type or field the writer forgets fails here.
 */
class EventEnvelopeSerializerTest {
    private static final TimeControl BLITZ = new TimeControl(180_000, 2_000);
    private final Json json = new Json();

    static Stream<GameEvent> everyEventType() {
        List<GameEvent> events = List.of(
                new MovePlayed(7, "e7e8q", "e8=Q+", "4Q3/8/8/8/8/8/8/4K2k b - - 0 40", 59_000, 61_250, "m-\"quoted\"-7"),
                new GameCreated("ann", "ann", null, BLITZ, true, "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"),
                new PlayerJoined("bob", Color.BLACK),
                new DrawOffered(Color.WHITE),
                new DrawDeclined(Color.BLACK),
                new GameEnded(GameResult.BLACK_WINS, EndReason.RESIGNATION, "ann", "bob", true, BLITZ, "1. f3 e5 2. g4 Qh4# 0-1", "ann", 1, 2),
                new GameAborted("bob", 180_000, 180_000));
        // the sealed interface's every permitted type is covered
        assertEquals(GameEvent.class.getPermittedSubclasses().length, events.stream().map(Object::getClass).distinct().count());
        return events.stream();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void writesTheEnvelopeAndEveryPayloadFieldInOrder(GameEvent event) throws Exception {
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        EventEnvelope envelope = EventEnvelope.of("event-1", "game-1", 12, at, "corr-9", event);

        JsonNode written = json.mapper().readTree(json.writeString(envelope));

        assertEquals(List.of("eventId", "type", "schemaVersion", "gameId", "seq", "occurredAt", "correlationId", "payload"), names(written));
        assertEquals("event-1", written.get("eventId").asText());
        assertEquals(event.type(), written.get("type").asText());
        assertEquals(event.schemaVersion(), written.get("schemaVersion").asInt());
        assertEquals("game-1", written.get("gameId").asText());
        assertEquals(12, written.get("seq").asLong());
        assertEquals(at, Instant.parse(written.get("occurredAt").asText()));
        assertEquals("corr-9", written.get("correlationId").asText());

        JsonNode payload = written.get("payload");
        RecordComponent[] components = event.getClass().getRecordComponents();
        assertEquals(Arrays.stream(components).map(RecordComponent::getName).toList(), names(payload));
        for (RecordComponent component : components) {
            // compared as JSON text: an int written from a long is the same number
            assertEquals(expected(component.getAccessor().invoke(event)).toString(), payload.get(component.getName()).toString(),
                    event.type() + "." + component.getName());
        }
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void anEventFrameCarriesTheSeqBeforeTheEvent(GameEvent event) throws Exception {
        EventEnvelope envelope = EventEnvelope.of("event-2", "game-2", 3, Instant.EPOCH, "", event);
        String frame = json.writeString(new SocketFrames.Event(envelope));
        assertTrue(frame.startsWith("{\"type\":\"event\",\"seq\":3,\"event\":{"), frame);
        assertEquals(json.mapper().readTree(json.writeString(envelope)), json.mapper().readTree(frame).get("event"));
    }

    private JsonNode expected(Object value) {
        Object wire = switch (value) {
            case Color c -> c.wireName();
            case EndReason r -> r.wireName();
            case GameResult r -> r.notation();
            case null, default -> value;
        };
        return json.mapper().valueToTree(wire);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
