package org.rookery.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * The event envelope of API.md, written field by field with Jackson's streaming generator: every
 * event of every WebSocket, SSE stream and event page goes through here, so no intermediate maps
 * or records. The payload's fields keep the order and names of docs/events.md; absent values are
 * written as {@code null}. Stateless, so thread-safe.
 */
final class EventEnvelopeSerializer extends StdSerializer<EventEnvelope> {
    EventEnvelopeSerializer() {
        super(EventEnvelope.class);
    }

    @Override
    public void serialize(EventEnvelope e, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId());
        g.writeStringField("type", e.type());
        g.writeNumberField("schemaVersion", e.schemaVersion());
        g.writeStringField("gameId", e.gameId());
        g.writeNumberField("seq", e.seq());
        g.writeStringField("occurredAt", e.occurredAt().toString());
        g.writeStringField("correlationId", e.correlationId());
        g.writeFieldName("payload");
        g.writeStartObject();
        payload(e.payload(), g);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void payload(GameEvent event, JsonGenerator g) throws IOException {
        switch (event) {
            case MovePlayed m -> {
                g.writeNumberField("ply", m.ply());
                g.writeStringField("uci", m.uci());
                g.writeStringField("san", m.san());
                g.writeStringField("fen", m.fen());
                g.writeNumberField("whiteMs", m.whiteMs());
                g.writeNumberField("blackMs", m.blackMs());
                g.writeStringField("moveId", m.moveId());
            }
            case GameCreated c -> {
                g.writeStringField("createdBy", c.createdBy());
                g.writeStringField("white", c.white());
                g.writeStringField("black", c.black());
                timeControl(g, c.timeControl());
                g.writeBooleanField("rated", c.rated());
                g.writeStringField("initialFen", c.initialFen());
            }
            case PlayerJoined j -> {
                g.writeStringField("userId", j.userId());
                g.writeStringField("color", j.color().wireName());
            }
            case DrawOffered d -> g.writeStringField("by", d.by().wireName());
            case DrawDeclined d -> g.writeStringField("by", d.by().wireName());
            case GameEnded end -> {
                g.writeStringField("result", end.result().notation());
                g.writeStringField("reason", end.reason().wireName());
                g.writeStringField("white", end.white());
                g.writeStringField("black", end.black());
                g.writeBooleanField("rated", end.rated());
                timeControl(g, end.timeControl());
                g.writeStringField("pgn", end.pgn());
                g.writeStringField("by", end.by());
                g.writeNumberField("whiteMs", end.whiteMs());
                g.writeNumberField("blackMs", end.blackMs());
            }
            case GameAborted a -> {
                g.writeStringField("by", a.by());
                g.writeNumberField("whiteMs", a.whiteMs());
                g.writeNumberField("blackMs", a.blackMs());
            }
        }
    }

    private static void timeControl(JsonGenerator g, TimeControl tc) throws IOException {
        if (tc == null) {
            g.writeNullField("timeControl");
            return;
        }
        g.writeObjectFieldStart("timeControl");
        g.writeNumberField("initialMs", tc.initialMs());
        g.writeNumberField("incrementMs", tc.incrementMs());
        g.writeEndObject();
    }
}
