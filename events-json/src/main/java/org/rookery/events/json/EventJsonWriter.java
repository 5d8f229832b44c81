package org.rookery.events.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * Writes envelopes field by field with Jackson's streaming generator (no intermediate maps):
 * every stored, sent and streamed event goes through here, in the field order and with the names
 * of docs/events; absent values are written as {@code null}. Stateless, so thread-safe.
 */
final class EventJsonWriter {
    private EventJsonWriter() {}

    static void write(EventEnvelope e, JsonGenerator g) throws IOException {
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

    static void write(MatchEnvelope e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId());
        g.writeStringField("type", e.type());
        g.writeNumberField("schemaVersion", e.schemaVersion());
        g.writeStringField("matchId", e.matchId());
        g.writeStringField("occurredAt", e.occurredAt().toString());
        g.writeStringField("correlationId", e.correlationId());
        g.writeFieldName("payload");
        g.writeStartObject();
        switch (e.payload()) {
            case MatchCreated m -> {
                g.writeStringField("matchId", m.matchId());
                g.writeStringField("whitePlayerId", m.whitePlayerId());
                g.writeStringField("blackPlayerId", m.blackPlayerId());
                g.writeStringField("gameId", m.gameId());
                timeControl(g, m.timeControl());
                g.writeBooleanField("rated", m.rated());
                g.writeNumberField("whiteRating", m.whiteRating());
                g.writeNumberField("blackRating", m.blackRating());
                g.writeStringField("createdAt", m.createdAt().toString());
            }
        }
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
        g.writeObjectFieldStart("timeControl");
        g.writeNumberField("initialMs", tc.initialMs());
        g.writeNumberField("incrementMs", tc.incrementMs());
        g.writeEndObject();
    }
}
